#pragma once

#include <QString>

#include <type_traits>
#include <utility>
#include <variant>

namespace recbar {

// Why something failed, as a function returns it: `return fail(tr("..."));`. A tag of its own so
// a Result<QString> can never take an error for its value.
template <typename E>
struct Failure
{
    E error;
};

inline Failure<QString> fail(QString message)
{
    return {std::move(message)};
}

// The one way a fallible function in core says it failed (std::expected's shape, which C++20
// lacks): its value, or the error, by default a message a person can read. A kind that knows
// more says it with its own error type (e.g. `Result<T, ServerError>`). Unused results are a
// warning: a failure must be looked at.
template <typename T, typename E = QString>
class [[nodiscard]] Result
{
public:
    Result(T value)
        : m_value(std::in_place_index<0>, std::move(value))
    {}
    Result(Failure<E> failure)
        : m_value(std::in_place_index<1>, std::move(failure.error))
    {}

    bool ok() const { return m_value.index() == 0; }
    explicit operator bool() const { return ok(); }

    T &operator*() & { return std::get<0>(m_value); }
    const T &operator*() const & { return std::get<0>(m_value); }
    T &&operator*() && { return std::get<0>(std::move(m_value)); }
    T *operator->() { return &std::get<0>(m_value); }
    const T *operator->() const { return &std::get<0>(m_value); }

    const E &error() const { return std::get<1>(m_value); }
    // The same failure, for a caller that returns another type of result.
    Failure<E> failure() const { return {error()}; }

    T valueOr(T fallback) const & { return ok() ? std::get<0>(m_value) : std::move(fallback); }

private:
    std::variant<T, E> m_value;
};

template <typename E>
class [[nodiscard]] Result<void, E>
{
public:
    Result() = default;
    Result(Failure<E> failure)
        : m_error(std::move(failure.error))
        , m_failed(true)
    {}

    bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }
    const E &error() const { return m_error; }
    Failure<E> failure() const { return {m_error}; }

private:
    E m_error{};
    bool m_failed = false;
};

} // namespace recbar
