namespace ExpertNetwork.Application.Common;

/// <summary>A requested record does not exist (or the caller may not know it does).</summary>
public sealed class NotFoundException(string what) : Exception($"{what} was not found.");
