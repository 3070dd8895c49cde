// PairPanel's jobs: everything that runs on a worker (loading a model, recommending, kindred
// users, feedback, cold start) and what the UI does with the results. See PairPanel.h.
#include "panels/PairPanel.h"

#include "dialogs/ColdStartDialog.h"
#include "models/KindredUsersModel.h"
#include "models/PairResultsModel.h"
#include "plots/KindredMatchGauge.h"
#include "plots/PairDetailsView.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFutureWatcher>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <map>

namespace kindred::ui {

template <class T>
void PairPanel::runJob(std::function<T()> work, std::function<void(T&)> done) {
    auto* watcher = new QFutureWatcher<std::shared_ptr<T>>(this);
    const int generation = m_generation;
    ++m_running;
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation, done = std::move(done)] {
        const std::shared_ptr<T> result = watcher->result();
        watcher->deleteLater();
        --m_running;
        if (generation == m_generation && result)
            done(*result);
    });
    watcher->setFuture(QtConcurrent::run([work = std::move(work)] { return std::make_shared<T>(work()); }));
}

void PairPanel::loadModel(qint64 modelId) {
    ++m_generation; // results of the previous model (and its loading) are dropped
    m_loading = false;
    // A recommendation of the previous model never reports back now: without this, every later
    // recommend() would wait for it as "pending".
    m_recommendRunning = m_recommendPending = false;
    if (const auto cached = m_sessions.value(modelId)) {
        onSessionLoaded(cached);
        return;
    }
    showMessage(tr("Loading model %1…").arg(modelId), false);
    setBusy(true);
    m_loading = true;
    loadWhenShown([this, modelId] { startLoadingModel(modelId); });
}

void PairPanel::startLoadingModel(qint64 modelId) {
    const QString path = m_path;
    runJob<Result<std::shared_ptr<const PairSession>>>(
        [path, modelId] { return PairSession::load(path, modelId); },
        [this, modelId](Result<std::shared_ptr<const PairSession>>& session) {
            m_loading = false;
            if (!session) {
                showMessage(tr("Could not load model %1: %2")
                                .arg(modelId)
                                .arg(QString::fromStdString(session.status().message())),
                            true);
                m_gauge->clear(tr("The model could not be loaded"));
                finishAutoRun();
                return;
            }
            m_sessions.insert(modelId, session.value());
            onSessionLoaded(session.value());
        });
}

PairPanel::~PairPanel() {
    for (QFutureWatcherBase* watcher : findChildren<QFutureWatcherBase*>())
        watcher->waitForFinished();
}

PairPerson PairPanel::personOf(int person) const {
    const QComboBox* combo = person == 0 ? m_userA : m_userB;
    int index = combo->currentIndex();
    // Typed text that is not the current entry: resolve it like setUsers() does.
    if (index < 0 || combo->currentText() != combo->itemText(index))
        index = findUser(combo->currentText());
    PairPerson out;
    if (index < 0)
        return out;
    const int code = combo->itemData(index).toInt();
    if (code >= 0) {
        out.user = code;
    } else if (-(code + 1) < m_coldStart.size()) {
        const ColdStartUser& user = m_coldStart[-(code + 1)];
        out.profile = user.profile;
        out.history = user.history;
    }
    return out;
}

QString PairPanel::personName(int person) const {
    const PairPerson who = personOf(person);
    const QString role = person == 0 ? QStringLiteral("A") : QStringLiteral("B");
    if (who.user >= 0 && m_session)
        return QStringLiteral("%1 · %2").arg(role, m_session->userLabel(who.user));
    const QComboBox* combo = person == 0 ? m_userA : m_userB;
    const int code = combo->currentData().toInt();
    if (code < 0 && -(code + 1) < m_coldStart.size())
        return QStringLiteral("%1 · %2").arg(role, m_coldStart[-(code + 1)].name);
    return role;
}

PairOptions PairPanel::options() const {
    PairOptions options;
    options.strategy = parsePairStrategy(m_strategy->currentData().toString().toStdString()).value_or(PairStrategy::Average);
    options.k = m_k->value();
    options.mmrLambda = m_lambda->value();
    bool all = true;
    for (int row = 0; row < m_domains->count(); ++row) {
        if (m_domains->item(row)->checkState() == Qt::Checked)
            options.domains.push_back(m_domains->item(row)->data(Qt::UserRole).toInt());
        else
            all = false;
    }
    if (all)
        options.domains.clear();
    return options;
}

void PairPanel::recommend() {
    if (!m_session) {
        showMessage(tr("No model loaded"), true);
        Q_EMIT recommendationsReady(0);
        return;
    }
    if (m_recommendRunning) {
        m_recommendPending = true; // run once more with the newest settings when this one ends
        return;
    }
    PairRequest request{personOf(0), personOf(1), options()};
    const bool knownA = request.a.user >= 0 || request.a.profile, knownB = request.b.user >= 0 || request.b.profile;
    if (!knownA || !knownB) {
        showMessage(tr("Choose person %1 from the list").arg(knownA ? QStringLiteral("B") : QStringLiteral("A")), true);
        finishAutoRun();
        Q_EMIT recommendationsReady(0);
        return;
    }
    if (!m_domains->count() || (request.options.domains.empty() && m_domains->item(0)->checkState() != Qt::Checked)) {
        showMessage(tr("Check at least one medium"), true);
        Q_EMIT recommendationsReady(0);
        return;
    }
    m_recommendRunning = true;
    setBusy(true);
    showMessage(tr("Recommending…"), false);
    const QString nameA = personName(0), nameB = personName(1);
    const auto session = m_session;
    runJob<Result<PairRecommendation>>(
        [session, request] { return session->recommend(request); },
        [this, session, nameA, nameB](Result<PairRecommendation>& result) {
            m_recommendRunning = false;
            setBusy(false);
            if (!result) {
                showMessage(tr("Recommendation failed: %1").arg(QString::fromStdString(result.status().message())), true);
                m_results->clear();
                Q_EMIT recommendationsReady(0);
            } else {
                m_lastA = nameA;
                m_lastB = nameB;
                m_results->setResult(session, std::move(result).value());
                showResult(m_results->result());
                Q_EMIT recommendationsReady(m_results->rowCount());
            }
            finishAutoRun();
            if (std::exchange(m_recommendPending, false))
                recommend();
        });
}

QString PairPanel::slateMixText(const PairRecommendation& result) const {
    std::map<int, int> perDomain;
    for (const PairItem& item : result.items)
        ++perDomain[item.domain];
    QStringList parts;
    for (const auto& [domain, count] : perDomain)
        parts << QStringLiteral("%1 %2").arg(count).arg(m_session->domainName(domain).toHtmlEscaped());
    if (parts.isEmpty())
        return {};
    if (!m_session->space().scoresRank)
        return tr("Mixed: %1 — by predicted ratings on one 0..1 scale").arg(parts.join(QStringLiteral(" · ")));
    return tr("Mixed: %1 — each item stands where it ranks among each person's scores of its own medium, so "
              "media with different score ranges mix fairly")
        .arg(parts.join(QStringLiteral(" · ")));
}

void PairPanel::showResult(const PairRecommendation& result) {
    const QLocale locale;
    QVector<KindredMatchGauge::Domain> domains;
    for (const auto& part : result.match.perDomain)
        domains.append({m_session->domainName(part.domain), part.cosine, part.ratingsA, part.ratingsB});
    m_gauge->setMatch(result.match.cosine, domains, result.match.coRatedCount, int(result.match.agree.size()),
                      int(result.match.disagree.size()));
    m_summary->setText(tr("<b>%1</b> items from %2 candidates &nbsp;·&nbsp; intra-list diversity <b>%3</b> "
                          "&nbsp;·&nbsp; coverage %4% &nbsp;·&nbsp; %5, λ&nbsp;%6")
                           .arg(result.items.size())
                           .arg(locale.toString(qulonglong(result.candidateCount)))
                           .arg(result.intraListDiversity, 0, 'f', 3)
                           .arg(100 * result.coverage, 0, 'f', 2)
                           .arg(m_strategy->currentText())
                           .arg(m_lambda->value(), 0, 'f', 2) +
                       QStringLiteral("<br>") + slateMixText(result));
    m_export->setEnabled(!result.items.empty());
    showMessage(result.items.empty() ? tr("Nothing left to recommend: %1 and %2 rated every candidate of the checked media")
                                           .arg(m_lastA, m_lastB)
                                     : tr("%1 and %2").arg(m_lastA, m_lastB),
                false);
    if (!result.items.empty())
        m_resultsView->selectRow(0);
    else
        m_details->clear();
}

void PairPanel::findKindredUsers() {
    const PairPerson a = personOf(0);
    if (!m_session || a.user < 0) {
        showMessage(tr("Kindred users need a known user as A (not a new one)"), true);
        m_kindred->clear();
        finishAutoRun();
        Q_EMIT kindredReady(0);
        return;
    }
    const auto session = m_session;
    const std::int32_t user = a.user;
    runJob<Result<KindredResult>>([session, user] { return session->kindred(user, 10); },
                                  [this, session](Result<KindredResult>& found) {
                                      if (!found) {
                                          showMessage(tr("Kindred users: %1")
                                                          .arg(QString::fromStdString(found.status().message())),
                                                      true);
                                          m_kindred->clear();
                                          finishAutoRun();
                                          Q_EMIT kindredReady(0);
                                          return;
                                      }
                                      m_kindred->setResult(session, std::move(found).value());
                                      Q_EMIT kindredReady(m_kindred->rowCount());
                                      if (m_autoRun) {
                                          if (m_kindred->rowCount() > 0)
                                              m_userB->setCurrentIndex(m_userB->findData(int(m_kindred->userAt(0).user)));
                                          recommend();
                                      }
                                  });
}

void PairPanel::giveFeedback(int person, bool up) {
    const QModelIndex current = m_resultsView->currentIndex();
    if (!m_session || !current.isValid() || m_results->session() != m_session.get()) {
        Q_EMIT feedbackStored(false);
        return;
    }
    const std::int32_t item = m_results->itemAt(current.row()).item;
    const PairPerson who = personOf(person);
    const QString what = tr("%1 %2 on %3")
                             .arg(up ? tr("thumbs up") : tr("thumbs down"), person == 0 ? m_lastA : m_lastB, m_session->itemTitle(item));
    if (who.user < 0) {
        // A cold-start person has no project user: keep the feedback with their profile.
        const int code = (person == 0 ? m_userA : m_userB)->currentData().toInt();
        if (code >= 0 || -(code + 1) >= m_coldStart.size()) {
            Q_EMIT feedbackStored(false);
            return;
        }
        ColdStartUser& user = m_coldStart[-(code + 1)];
        user.feedback.push_back({item, up});
        user.profile = applyFeedback(m_session->space(), user.original, user.feedback);
        showMessage(tr("Applied %1 (kept for this session)").arg(what), false);
        Q_EMIT feedbackStored(true);
        recommend();
        return;
    }
    const auto session = m_session;
    const std::int32_t user = who.user;
    runJob<Status>([session, user, item, up] { return session->recordFeedback(user, item, up); },
                   [this, what](Status& stored) {
                       if (!stored) {
                           showMessage(tr("Feedback not stored: %1").arg(QString::fromStdString(stored.message())), true);
                           Q_EMIT feedbackStored(false);
                           return;
                       }
                       showMessage(tr("Stored %1; re-scoring").arg(what), false);
                       Q_EMIT feedbackStored(true);
                       recommend();
                   });
}

void PairPanel::showColdStartDialog() {
    if (!m_session) {
        showMessage(tr("Load a model first"), true);
        return;
    }
    ColdStartDialog dialog(m_session, tr("New user %1").arg(m_coldStart.size() + 1), this);
    if (dialog.exec() == QDialog::Accepted)
        addColdStartUser(dialog.name(), dialog.history());
}

void PairPanel::addColdStartUser(const QString& name, const std::vector<HistoryEntry>& history) {
    if (!m_session || history.empty()) {
        Q_EMIT coldStartReady(false);
        return;
    }
    const auto session = m_session;
    runJob<Result<UserProfile>>([session, history] { return session->coldStart(history); },
                                [this, name, history](Result<UserProfile>& profile) {
                                    if (!profile) {
                                        showMessage(tr("Could not make a profile for %1: %2")
                                                        .arg(name, QString::fromStdString(profile.status().message())),
                                                    true);
                                        Q_EMIT coldStartReady(false);
                                        return;
                                    }
                                    m_coldStart.append({name, history, profile.value(), profile.value(), {}});
                                    const int k = int(m_coldStart.size()) - 1;
                                    addPickerEntry(tr("★ %1 (new, %n rating(s))", nullptr, int(history.size())).arg(name),
                                                   -(k + 1));
                                    m_userB->setCurrentIndex(m_userB->count() - 1);
                                    showMessage(tr("%1 added as person B").arg(name), false);
                                    Q_EMIT coldStartReady(true);
                                });
}

void PairPanel::whenModelLoaded(qint64 modelId, std::function<void()> action) {
    m_autoRun = false;
    if (m_model->findData(modelId) < 0)
        listModels(); // a model trained since the list was read
    const int index = m_model->findData(modelId);
    if (index < 0) {
        showMessage(tr("Model %1 cannot recommend pairs").arg(modelId), true);
        return;
    }
    m_model->setCurrentIndex(index);
    if (m_session && m_session->modelId() == modelId && !m_loading) {
        action();
        return;
    }
    // Run only if this model is the one that loads (another choice meanwhile drops it).
    m_afterLoad = [this, modelId, action = std::move(action)] {
        if (m_session && m_session->modelId() == modelId)
            action();
    };
    loadModel(modelId);
}

void PairPanel::recommendForPair(qint64 modelId, const QString& a, const QString& b, const QString& why) {
    whenModelLoaded(modelId, [this, a, b, why] {
        if (!setUsers(a, b)) {
            showMessage(tr("%1 or %2 is not among this model's people").arg(a, b), true);
            return;
        }
        showMessage(tr("From the explorer: %1").arg(why), false);
        recommend();
    });
}

void PairPanel::addPersonWhoLikes(qint64 modelId, const QString& name, const QList<qint64>& itemIds) {
    whenModelLoaded(modelId, [this, name, itemIds] {
        std::vector<HistoryEntry> history;
        for (const qint64 id : itemIds)
            if (const std::int32_t item = m_session->data().denseItem(id); item >= 0)
                history.push_back({item, 1.0f});
        addColdStartUser(name, history);
    });
}

void PairPanel::showExportDialog() {
    const QString path = QFileDialog::getSaveFileName(this, tr("Export recommendations"), QStringLiteral("pair.csv"),
                                                      tr("CSV files (*.csv)"));
    if (!path.isEmpty())
        exportCsv(path);
}

bool PairPanel::exportCsv(const QString& path) {
    QString error;
    if (!m_results->writeCsv(path, &error)) {
        showMessage(error, true);
        return false;
    }
    showMessage(tr("Exported %n item(s) to %1", nullptr, m_results->rowCount()).arg(path), false);
    return true;
}

void PairPanel::showMessage(const QString& message, bool error) {
    m_status->setText(error ? QStringLiteral("<span style='color:#c44e52'>%1</span>").arg(message.toHtmlEscaped())
                            : message.toHtmlEscaped());
    if (error)
        Q_EMIT errorOccurred(message);
}

void PairPanel::setBusy(bool busy) {
    // Recommend stays clickable while a job runs (it queues one re-run); nothing works without a model.
    const bool loaded = m_session != nullptr;
    m_recommend->setEnabled(loaded);
    m_findKindred->setEnabled(loaded);
    m_newUser->setEnabled(loaded);
    setCursor(busy ? Qt::BusyCursor : Qt::ArrowCursor);
}

void PairPanel::finishAutoRun() {
    m_autoRun = false;
    if (!isReady())
        setReady(true);
}

} // namespace kindred::ui
