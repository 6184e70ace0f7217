#pragma once

namespace careu::ui {

// The languages the app speaks: English, the one it is written in, and Spanish. Only the window
// is translated; the command line stays English for the scripts that read it.
enum class Language
{
    English,
    Spanish
};

// The language chosen in the app's Language menu on this computer (QSettings: the sign-in screen
// comes before anyone is signed in); until someone chooses, Spanish when the system's locale is
// Spanish, else English.
Language chosenLanguage();

// Saves language as this computer's choice; useLanguage() applies it.
void chooseLanguage(Language language);

// Puts the app's translation of language in place (compiled in), with Qt's own for its dialogs
// and buttons when the system has them (package qt6-translations-l10n), and the locale dates
// are written in. Widgets made before keep their text: the window is built again.
void useLanguage(Language language);

// The language useLanguage() put in place last; English before any call.
Language languageInUse();

} // namespace careu::ui
