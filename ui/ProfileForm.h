#pragma once

#include "profile/Profile.h"

#include <QHash>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace recbar {

struct KindField;

// The fields of a profile, checked as they are typed. The pairing is spelled out: which server
// controls recordings, which one tells the call state, and only the fields those kinds declare
// (ServerKind::fields), so a new kind brings its own rows.
class ProfileForm : public QWidget
{
    Q_OBJECT

public:
    explicit ProfileForm(bool showTuning, QWidget *parent = nullptr);

    void setProfile(const Profile &profile);
    Profile profile() const;
    bool isValid() const { return profile().problems().isEmpty(); }
    QLineEdit *serverField() const { return m_server; }

signals:
    void edited();

private:
    void addKindFields();
    void addTuning();
    void revalidate();
    void showRow(QWidget *field, bool visible);
    static void selectKind(QComboBox *combo, const QString &id);

    Profile m_base;
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
    QCheckBox *m_autoStart;
    QDoubleSpinBox *m_pollOnCall = nullptr;
    QDoubleSpinBox *m_pollIdle = nullptr;
    QSpinBox *m_autoResume = nullptr;
    QLabel *m_problems;
};

} // namespace recbar
