#pragma once

#include "../audio/AudioStore.h"
#include "../model/SimModel.h"

namespace recsim {

// The audio of a model recording, rendered through the store: what is paused or blacked out
// is silent, what was on hold is music, the rest is the conversation.
class RecordingMedia
{
public:
    RecordingMedia(SimModel &model, AudioStore &store)
        : m_model(model)
        , m_store(store)
    {}

    AudioPlan plan(const Recording &recording) const;
    QString file(const Recording &recording, AudioStore::Format format, QString *error) const;

private:
    SimModel &m_model;
    AudioStore &m_store;
};

} // namespace recsim
