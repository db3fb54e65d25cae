namespace ExpertNetwork.Domain.Experts;

/// <summary>Why an expert cannot be offered a piece of work, in words a program manager understands.</summary>
public sealed record Ineligibility(string Code, string Reason);
