using ExpertNetwork.Domain.Common;

namespace ExpertNetwork.Domain.Workspace;

/// <summary>Text checks that name the refused field, so a form shows the sentence beside the input it is about.</summary>
internal static class WorkspaceText
{
    public static string Required(string? value, string what, int maxLength, string field)
    {
        if (string.IsNullOrWhiteSpace(value))
            throw Refusal.Invalid($"{what} is required.", field);
        return Limit(value.Trim(), what, maxLength, field);
    }

    public static string? Optional(string? value, string what, int maxLength, string field) =>
        string.IsNullOrWhiteSpace(value) ? null : Limit(value.Trim(), what, maxLength, field);

    private static string Limit(string value, string what, int maxLength, string field) =>
        value.Length <= maxLength ? value : throw Refusal.Invalid($"{what} must be at most {maxLength:N0} characters.", field);
}
