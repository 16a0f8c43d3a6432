#pragma once

#include "profile/Profile.h"

#include <QHash>
#include <QSet>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace recbar {

class MessageLabel;
struct KindField;

// The fields of a profile, checked as they are typed. The pairing is spelled out: which server
// controls recordings, which one tells the call state, and only the fields those kinds declare
// (ServerKind::fields), so a new kind brings its own rows. What is missing is said once the
// agent has left that field or asked to go on (showAllProblems), never while the form is blank.
class ProfileForm : public QWidget
{
    Q_OBJECT

public:
    explicit ProfileForm(bool showTuning, QWidget *parent = nullptr);

    void setProfile(const Profile &profile);
    Profile profile() const;
    bool isValid() const { return profile().problems().isEmpty(); }
    QLineEdit *serverField() const { return m_server; }

    // The problems the agent should see now: those of fields left (or given a value by the
    // profile set), or all of them after showAllProblems().
    QStringList visibleProblems() const;
    void showAllProblems();
    // The editor of the first problem, for the focus; nullptr when there is none.
    QWidget *firstProblemEditor() const;
    // Whether the form shows its problems under its fields; a dialog that shows them
    // elsewhere (below its own fields) turns this off and reads visibleProblems().
    void setShowsProblems(bool shows);
    // Only what the agent must still give (the user name, and the fields the chosen kinds need
    // that have no usable value yet), the rest left as it is; off: every field. The server's
    // address is the dialog's own, above the form.
    void setCompact(bool compact);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

signals:
    void edited();

private:
    void addKindFields();
    void addTuning();
    void revalidate();
    void showRow(QWidget *field, bool visible);
    void track(const QString &key, QWidget *editor);
    static void selectKind(QComboBox *combo, const QString &id);

    Profile m_base;
    bool m_compact = false;
    QSet<QString> m_compactKeys; // what the compact form shows, chosen when it became compact
    QFormLayout *m_form;
    QLineEdit *m_name;
    QComboBox *m_control;
    QComboBox *m_state;
    QComboBox *m_recordings;
    QLabel *m_pairing;
    QLineEdit *m_server;
    QLineEdit *m_stateServer;
    QLineEdit *m_user;
    QLineEdit *m_stateUser;
    QHash<QString, QWidget *> m_kindFields; // KindField::key -> its editor
    QCheckBox *m_plainHttp;
    QCheckBox *m_askBeforeStop = nullptr;
    QCheckBox *m_autoStart;
    QDoubleSpinBox *m_pollOnCall = nullptr;
    QDoubleSpinBox *m_pollIdle = nullptr;
    QSpinBox *m_autoResume = nullptr;
    MessageLabel *m_problems;
    QHash<QString, QWidget *> m_editors; // a Profile::Problem's field -> the editor to fix it
    QSet<QString> m_touched;
    bool m_showAll = false;
    bool m_showsProblems = true;
};

} // namespace recbar
