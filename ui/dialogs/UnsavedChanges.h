#pragma once

#include <QString>

#include <functional>

class QWidget;

namespace hocvuso {

enum class UnsavedAnswer { Save, Discard, Cancel };

// The one question asked before typed edits would be thrown away: Save,
// Discard or Cancel (keep editing). It goes through a replaceable function so
// tests can answer without a modal box; by default it is a QMessageBox.
using UnsavedQuestion = std::function<UnsavedAnswer(QWidget* parent, const QString& text)>;

UnsavedAnswer askAboutUnsavedChanges(QWidget* parent, const QString& text);
// Replaces the question (an empty function brings the QMessageBox back);
// returns the previous one.
UnsavedQuestion setUnsavedQuestion(UnsavedQuestion question);

// Resolves unsaved edits before they would be lost: nothing to do when there
// are none; otherwise asks, and runs `save` on Save. True when the caller
// may go on (saved, discarded or nothing changed), false to stay.
bool resolveUnsavedChanges(QWidget* parent, bool hasChanges, const QString& text, const std::function<bool()>& save);

// "Delete X?" with Yes/No; true on Yes.
bool confirmDelete(QWidget* parent, const QString& title, const QString& text);

} // namespace hocvuso
