// The call-data validator: lines of KEY=VALUE, checked as text, number and date.
#include "FuzzInput.h"
#include "domain/MetadataRules.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    recbar::MetadataPairs pairs;
    for (const QString &line : fuzzLines(data, size))
        pairs.append({line.section(u'=', 0, 0), line.section(u'=', 1)});
    (void)recbar::MetadataRules::check(pairs);
    for (const auto &[key, value] : std::as_const(pairs)) {
        (void)recbar::MetadataRules::checkKey(key);
        for (auto type :
             {recbar::MetadataRules::ValueType::Text, recbar::MetadataRules::ValueType::Number,
              recbar::MetadataRules::ValueType::Date})
            (void)recbar::MetadataRules::checkValue(type, value);
    }
    return 0;
}
