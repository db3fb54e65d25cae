namespace ExpertNetwork.Web.Tests.Support;

/// <summary>One row of the expert list as shown: profile link, name, specialties, country and status badge.</summary>
public sealed record ExpertRow(Guid Id, string Name, string Specialties, string Country, string Status);
