#include "TestKind.h"

#include <QTimer>

using namespace recbar;

namespace {

// Always on a call whose recording nobody reports; carries out every command at once.
class MemoSource : public CallStateSource
{
public:
    void poll() override
    {
        QTimer::singleShot(0, this, [this] {
            ObservedState state;
            state.agentName = QStringLiteral("memo agent");
            state.call = CallState::Talking;
            state.callId = QStringLiteral("memo-call");
            state.recording = RecordingState::Unknown;
            state.recordingNote = QStringLiteral("memo servers keep no recording state");
            emit polled(state);
        });
    }
};

class MemoControl : public RecordingControl
{
public:
    Capabilities capabilities() const override
    {
        return Capabilities(
            {CommandKind::Start, CommandKind::Stop, CommandKind::Pause, CommandKind::Resume});
    }
    void execute(const Command &command) override
    {
        QTimer::singleShot(0, this, [this, command] { emit executed(command, {}); });
    }
};

} // namespace

ServerKind memoKind()
{
    return {
        .id = QStringLiteral("memo"),
        .displayName = QStringLiteral("Memo (tests)"),
        .needsCredentials = false,
        .fields = {{.key = QStringLiteral("memoShelf"),
                    .label = QStringLiteral("Memo &shelf:"),
                    .accessibleName = QStringLiteral("Memo shelf"),
                    .check =
                        [](const QString &value) {
                            return value.isEmpty() ? QStringLiteral("Name the memo shelf")
                                                   : QString();
                        }}},
        .parts = {KindPart::Control, KindPart::State},
        .build =
            [](const Profile &, HttpSession &, KindParts wanted) {
                KindBuild built;
                if (wanted.testFlag(KindPart::Control))
                    built.control = std::make_unique<MemoControl>();
                if (wanted.testFlag(KindPart::State))
                    built.state = std::make_unique<MemoSource>();
                return built;
            },
    };
}

KindsWithMemo::KindsWithMemo()
    : ServerRegistry(shippedKinds() << memoKind())
{}
