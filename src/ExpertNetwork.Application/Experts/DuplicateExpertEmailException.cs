namespace ExpertNetwork.Application.Experts;

/// <summary>Another expert already has the email address; the message says so in words for the person who typed it.</summary>
public sealed class DuplicateExpertEmailException(string email)
    : Exception($"Another expert is already registered with the email address {email}. Open that expert's profile instead of creating a second one.");
