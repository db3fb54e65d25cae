namespace ExpertNetwork.Web.Models;

public sealed record DevMailItem(string File, string To, string Subject, DateTime WrittenUtc);

public sealed record DevMailboxViewModel(string Folder, IReadOnlyList<DevMailItem> Messages);

public sealed record DevMailMessageViewModel(
    string File, string To, string From, string Subject, DateTime DateUtc, string? MessageId, string? Html, string? Text,
    IReadOnlyList<string> Attachments, bool HasCalendarInvite);
