namespace ExpertNetwork.Domain.Staffing;

/// <summary>One explained part of a candidate's score: what it measures, the points earned of those possible, and why.</summary>
public sealed record ScorePart(string Name, decimal Points, decimal MaxPoints, string Why);
