#include "domain/DisplayText.h"

#include "CatchCompat.h"

using namespace recbar;

TEST_CASE("A number keeps only what a phone number can hold", "[unit][text]")
{
    // Shown as it is stored, the override would make it read +15557654321.
    CHECK(DisplayText::number(QStringLiteral("+1555\u202E1234567")) == u"+15551234567");
    CHECK(DisplayText::number(QStringLiteral("\u2066+1 (555) 123-4567\u2069")) ==
          u"+1 (555) 123-4567");
    CHECK(DisplayText::number(QStringLiteral("*67#")) == u"*67#");
    CHECK(DisplayText::number(QStringLiteral("5003")) == u"5003");
    CHECK(DisplayText::number(QString()).isEmpty());
    // Not a number: shown as text, its controls visible.
    CHECK(DisplayText::number(QStringLiteral("Anonymous")) == u"Anonymous");
    CHECK(DisplayText::number(QStringLiteral("sip:\u202E5003")) == u"sip:[U+202E]5003");
}

TEST_CASE("Text shows its bidirectional controls and cannot reorder what is beside it",
          "[unit][text]")
{
    const QString spoof = DisplayText::visible(QStringLiteral("evil\u202EVAW.exe.wav"));
    CHECK(spoof == u"evil[U+202E]VAW.exe.wav");
    for (char16_t control : {0x061C, 0x200E, 0x200F, 0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0x2066,
                             0x2067, 0x2068, 0x2069}) {
        INFO(int(control));
        const QString shown = DisplayText::visible(QStringLiteral("a") + QChar(control));
        CHECK(shown.size() == 9); // "a[U+XXXX]"
        CHECK_FALSE(std::any_of(shown.begin(), shown.end(), DisplayText::isBidiControl));
    }
    // Right-to-left letters keep their order, inside a left-to-right isolate of their own.
    const QString arabic = QStringLiteral("\u0633\u0627\u0645\u064A");
    CHECK(DisplayText::visible(arabic) == QChar(0x2066) + arabic + QChar(0x2069));
    CHECK(DisplayText::visible(QStringLiteral("bob")) == u"bob");
}
