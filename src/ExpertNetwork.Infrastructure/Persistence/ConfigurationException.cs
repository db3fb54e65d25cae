namespace ExpertNetwork.Infrastructure.Persistence;

/// <summary>The configuration cannot work; the message says which setting and what to put there.</summary>
public sealed class ConfigurationException(string message) : Exception(message);
