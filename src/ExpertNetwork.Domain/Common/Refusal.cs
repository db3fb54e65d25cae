namespace ExpertNetwork.Domain.Common;

/// <summary>Why a use case said no; it decides the answer's status (see <c>docs/architecture.md</c>, "One way to refuse").</summary>
public enum RefusalKind
{
    /// <summary>What was sent cannot be accepted as it is (a value, a combination of values). API: 400.</summary>
    Invalid,

    /// <summary>The thing asked for does not exist, or the caller may not know that it does. API: 404.</summary>
    NotFound,

    /// <summary>The thing exists, but its current state forbids the change. API: 409.</summary>
    Conflict,

    /// <summary>Someone else changed the thing after the caller read it; nothing was saved. API: 412.</summary>
    Stale,

    /// <summary>Too many changes at the same moment to decide; nothing was saved and the same request may be sent again. API: 503.</summary>
    Busy,
}

/// <summary>
/// The one way a use case or a domain rule refuses: a kind, the field it is about (when there is one) and a sentence
/// written for the person who asked. Nothing was changed. One place turns it into an HTTP status on the API and a form
/// message on a page, with the same sentence.
/// </summary>
public sealed class Refusal : Exception
{
    private Refusal(RefusalKind kind, string message, string? field, Exception? innerException, IReadOnlyList<RefusedField>? fields = null)
        : base(message, innerException)
    {
        Kind = kind;
        Field = field;
        Fields = fields ?? (field is null ? [] : [new RefusedField(field, message)]);
    }

    public RefusalKind Kind { get; }

    /// <summary>The input the refusal is about, by its name in the command (for example <c>Email</c>), or null.</summary>
    public string? Field { get; }

    /// <summary>Every field the refusal is about with its own sentence (one entry for <see cref="Field"/>, several for a whole form).</summary>
    public IReadOnlyList<RefusedField> Fields { get; }

    /// <summary>What was sent cannot be accepted.</summary>
    public static Refusal Invalid(string message, string? field = null) => new(RefusalKind.Invalid, message, field, null);

    /// <summary>Several fields of one form cannot be accepted, each with its sentence; the message is all of them in order.</summary>
    public static Refusal Invalid(IReadOnlyList<RefusedField> fields)
    {
        ArgumentNullException.ThrowIfNull(fields);
        if (fields.Count == 0)
            throw new ArgumentException("A refusal of several fields needs at least one.", nameof(fields));
        return new(RefusalKind.Invalid, string.Join(" ", fields.Select(f => f.Message)), fields[0].Field, null, fields);
    }

    /// <summary>"{what} was not found."</summary>
    public static Refusal NotFound(string what) => new(RefusalKind.NotFound, $"{what} was not found.", null, null);

    /// <summary>The current state forbids the change.</summary>
    public static Refusal Conflict(string message, string? field = null) => new(RefusalKind.Conflict, message, field, null);

    /// <summary>"{what} was changed by someone else after you opened it. …"</summary>
    public static Refusal Stale(string what, Exception? innerException = null) => new(RefusalKind.Stale,
        $"{what} was changed by someone else after you opened it. Nothing was saved: reload it and make your change again.", null, innerException);

    /// <summary>A refusal of the given kind in the given words (for the edge, where the kind follows from something else).</summary>
    public static Refusal Of(RefusalKind kind, string message, string? field = null, Exception? innerException = null) =>
        new(kind, message, field, innerException);

    /// <summary>Too many changes at once; the same request may be sent again.</summary>
    public static Refusal Busy(string message, Exception? innerException = null) => new(RefusalKind.Busy, message, null, innerException);
}

/// <summary>One refused input of a form: its name in the command and what is wrong with it.</summary>
public sealed record RefusedField(string Field, string Message);
