namespace ExpertNetwork.Domain.Common;

internal static class Guard
{
    public static string Required(string? value, string what, int maxLength)
    {
        if (string.IsNullOrWhiteSpace(value))
            throw Refusal.Invalid($"{what} is required.");
        var trimmed = value.Trim();
        if (trimmed.Length > maxLength)
            throw Refusal.Invalid($"{what} must be at most {maxLength} characters.");
        return trimmed;
    }

    /// <summary>Like <see cref="Required(string?, string, int)"/>, in the form's own sentences: <paramref name="tooLongRule"/> has the limit as {1}.</summary>
    public static string Required(string? value, int maxLength, string whenMissing, string tooLongRule)
    {
        if (string.IsNullOrWhiteSpace(value))
            throw Refusal.Invalid(whenMissing);
        return Optional(value, maxLength, tooLongRule)!;
    }

    public static string? Optional(string? value, int maxLength, string tooLongRule)
    {
        if (string.IsNullOrWhiteSpace(value))
            return null;
        var trimmed = value.Trim();
        if (trimmed.Length > maxLength)
            throw Refusal.Invalid(RuleText.AtMost(tooLongRule, maxLength));
        return trimmed;
    }

    public static string? Optional(string? value, string what, int maxLength)
    {
        if (string.IsNullOrWhiteSpace(value))
            return null;
        var trimmed = value.Trim();
        if (trimmed.Length > maxLength)
            throw Refusal.Invalid($"{what} must be at most {maxLength} characters.");
        return trimmed;
    }

    public static string Reason(string? reason, string what = "A reason") => Required(reason, what, TextLimits.Reason);

    public static void Utc(DateTime value, string what)
    {
        if (value.Kind != DateTimeKind.Utc)
            throw new ArgumentException($"{what} must be a UTC instant.", what);
    }
}
