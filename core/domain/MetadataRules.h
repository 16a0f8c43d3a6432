#pragma once

#include "Command.h"
#include "Result.h"

#include <QCoreApplication>
#include <QHash>

namespace recbar {

// Call metadata as QM Recording Controls define it (the strictest of the servers): at most ten
// pairs per call; dates yyyy-mm-dd; numbers with at most one decimal point, not at the end,
// without a comma; text without & or =. Checked before anything is sent.
class MetadataRules
{
    Q_DECLARE_TR_FUNCTIONS(MetadataRules)

public:
    static constexpr int kMaxPairs = 10;
    enum class ValueType { Text, Number, Date };

    struct Problem
    {
        int row = -1; // -1: the whole set
        bool inKey = false;
        QString message;
    };

    // Whether a key, or a value of a type, may be sent; if not, what to tell the agent.
    static Result<void> checkKey(const QString &key);
    static Result<void> checkValue(ValueType type, const QString &value);
    // Every problem of a set of pairs; empty means it may be sent.
    static QList<Problem> check(const MetadataPairs &pairs,
                                const QHash<QString, ValueType> &types = {});
    // The first thing wrong with call data as the agent would be told it ("account: ..."), or
    // that there is none; empty when the rules every server shares let it go.
    static QString firstProblem(const MetadataPairs &pairs);
};

} // namespace recbar
