#pragma once
// SampleProjectBuilder: builds the bundled sample project (ml-latest-small, then Douban book and
// music) and trains the default model kind on it (random split, seed 42), so the explorer and the
// pair view work on first start. Runs on a worker thread, reporting progress through queued
// signals. One build per object.

#include "kindred/common/Progress.h"

#include <QFutureWatcher>
#include <QObject>
#include <QString>

namespace kindred::ui {

class SampleProjectBuilder : public QObject {
    Q_OBJECT
public:
    explicit SampleProjectBuilder(QObject* parent = nullptr);
    /// Cancels a running build and waits for it (at most one importer batch or training step).
    ~SampleProjectBuilder() override;

    /// The bundled sample folder: next to the sources (KINDRED_SAMPLE_DIR, for builds run in place)
    /// or installed under share/kindred/sample. Empty when neither exists.
    static QString findSampleDir();
    /// Where the sample project lives: <AppDataLocation>/sample.kindred.
    static QString defaultProjectPath();

    /// Starts building target from sampleDir. The project is written to target + ".part" and
    /// renamed once the MovieLens import succeeded, so a half-built file is never opened.
    void start(const QString& sampleDir, const QString& target);
    bool isRunning() const { return m_watcher.isRunning(); }

public Q_SLOTS:
    void cancel();

Q_SIGNALS:
    /// Emitted on the UI thread. total == 0 when the amount of work is unknown.
    void progress(const QString& phase, qint64 done, qint64 total);
    /// ok: target exists and can be opened. message: errors (e.g. of the Douban import), or empty.
    void finished(bool ok, const QString& target, const QString& message);

private:
    struct Outcome {
        bool ok = false;
        QString message;
    };
    Outcome build(const QString& sampleDir, const QString& target);

    ProgressToken m_token;
    QFutureWatcher<Outcome> m_watcher;
    QString m_target;
};

} // namespace kindred::ui
