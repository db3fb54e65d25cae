namespace ExpertNetwork.Domain.Common;

/// <summary>A business rule refused the requested change. The message is written for the person who asked.</summary>
public sealed class DomainRuleException(string message) : Exception(message);
