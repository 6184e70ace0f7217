#pragma once

#include <QString>
#include <QVector>
#include <algorithm>

namespace careu {

// The item of a list whose id matches, or nullptr.
template <typename Item> const Item* findById(const QVector<Item>& items, const QString& id)
{
    auto it = std::find_if(items.cbegin(), items.cend(), [&](const Item& item) { return item.id == id; });
    return it == items.cend() ? nullptr : &*it;
}

} // namespace careu
