#pragma once

#include <QByteArray>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

// What every libFuzzer target shares. A finding is a crash: a sanitizer report, a timeout, or
// a broken expectation checked with FUZZ_CHECK.
namespace careu::fuzz {

// The fuzzer's bytes as the app holds what it reads from a file (a copy, so Qt sees its usual
// terminating zero rather than the edge of the fuzzer's buffer).
inline QByteArray bytes(const std::uint8_t* data, std::size_t size)
{
    return QByteArray(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
}

// Arguments for the Qt application object a target needs: Qt keeps a reference to them, and
// must neither see nor take out libFuzzer's own flags.
inline int& qtArgc()
{
    static int argc = 1;
    return argc;
}

inline char** qtArgv()
{
    static char name[] = "careu_fuzz";
    static char* argv[] = {name, nullptr};
    return argv;
}

} // namespace careu::fuzz

#define FUZZ_CHECK(condition)                                                                                \
    do {                                                                                                     \
        if (!(condition)) {                                                                                  \
            std::fprintf(stderr, "%s:%d: expected %s\n", __FILE__, __LINE__, #condition);                    \
            std::abort();                                                                                    \
        }                                                                                                    \
    } while (false)
