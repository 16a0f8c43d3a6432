#include "audio/CallAudioSynth.h"

#include "CatchCompat.h"

#include <cmath>
#include <vector>

using namespace recsim;

namespace {

std::vector<int16_t> renderAll(const AudioPlan &plan, qsizetype chunk)
{
    CallAudioSynth synth(plan);
    std::vector<int16_t> out(size_t(synth.totalSamples()));
    qsizetype at = 0;
    while (qsizetype n = synth.render(out.data() + at,
                                      std::min<qsizetype>(chunk, qsizetype(out.size()) - at)))
        at += n;
    REQUIRE(at == qsizetype(out.size()));
    return out;
}

double rms(const std::vector<int16_t> &samples, size_t from, size_t to)
{
    double sum = 0;
    for (size_t i = from; i < to; ++i)
        sum += double(samples[i]) * samples[i];
    return std::sqrt(sum / double(to - from));
}

} // namespace

TEST_CASE("The synthesizer renders exactly the plan's duration at 8 kHz", "[audio]")
{
    AudioPlan plan;
    plan.durationMs = 2500;
    plan.seed = 42;
    CHECK(CallAudioSynth(plan).totalSamples() == 20'000);
    CHECK(renderAll(plan, 4096).size() == 20'000);
}

TEST_CASE("Silent spans are digital silence - everything else is never zero", "[audio]")
{
    AudioPlan plan;
    plan.durationMs = 6000;
    plan.silent = {{1000, 2500}, {4000, 4500}};
    plan.held = {{2500, 4000}};
    plan.seed = 7;
    const auto samples = renderAll(plan, 1000);
    for (size_t i = 0; i < samples.size(); ++i) {
        const qint64 ms = qint64(i) / 8;
        const bool silent = (ms >= 1000 && ms < 2500) || (ms >= 4000 && ms < 4500);
        if (silent != (samples[i] == 0))
            FAIL("sample " << i << " (" << ms << " ms) is " << samples[i]);
    }
}

TEST_CASE("Speech is louder than the line noise and the parties differ", "[audio]")
{
    AudioPlan plan;
    plan.durationMs = 20'000;
    plan.seed = 3;
    const auto samples = renderAll(plan, 8000);
    // Over 20 s both parties speak; the loudest second is far above the noise floor.
    double loudest = 0;
    for (size_t s = 0; s + 8000 <= samples.size(); s += 8000)
        loudest = std::max(loudest, rms(samples, s, s + 8000));
    CHECK(loudest > 1500);
}

TEST_CASE("Rendering is deterministic for a seed and independent of chunk size", "[audio]")
{
    AudioPlan plan;
    plan.durationMs = 3000;
    plan.silent = {{500, 900}};
    plan.seed = 99;
    CHECK(renderAll(plan, 8000) == renderAll(plan, 123));
    AudioPlan other = plan;
    other.seed = 100;
    CHECK(renderAll(plan, 8000) != renderAll(other, 8000));
}

TEST_CASE("A card number read out is in the audio, unless a pause silences it", "[audio]")
{
    const QList<int16_t> &clip = CallAudioSynth::cardNumberClip();
    REQUIRE(clip.size() > kSampleRate * 5); // the clip is in the resources
    CHECK(clip.size() * 1000 / kSampleRate <= kCardClipMs);
    AudioPlan plan;
    plan.durationMs = 15'000;
    plan.seed = 7;
    plan.spokenCards = {3000};
    const std::vector<int16_t> heard = renderAll(plan, 1000);
    // The clip as it is (with the line's noise), where the plan puts it.
    const size_t from = 3 * kSampleRate;
    double difference = 0;
    for (qsizetype i = 0; i < clip.size(); ++i)
        difference += std::abs(heard[from + size_t(i)] - clip[i]);
    CHECK(difference / double(clip.size()) < 45);
    CHECK(rms(heard, from, from + size_t(clip.size())) > 500);

    plan.silent = {{2000, 14'000}};
    const std::vector<int16_t> paused = renderAll(plan, 1000);
    CHECK(rms(paused, from, from + size_t(clip.size())) == 0);
}
