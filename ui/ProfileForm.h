#pragma once

#include "profile/Profile.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace recbar {

// The fields of a profile, checked as they are typed.
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
    void revalidate();

    Profile m_base;
    QLineEdit *m_name;
    QComboBox *m_control;
    QComboBox *m_state;
    QLineEdit *m_server;
    QLineEdit *m_user;
    QComboBox *m_identifierKind;
    QLineEdit *m_identifier;
    QCheckBox *m_plainHttp;
    QDoubleSpinBox *m_pollOnCall = nullptr;
    QDoubleSpinBox *m_pollIdle = nullptr;
    QSpinBox *m_autoResume = nullptr;
    QLabel *m_problems;
};

} // namespace recbar
