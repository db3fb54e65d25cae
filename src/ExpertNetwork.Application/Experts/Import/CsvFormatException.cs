namespace ExpertNetwork.Application.Experts.Import;

/// <summary>The uploaded file cannot be read as a CSV table at all. The message says why and what to do, for the person who uploaded it.</summary>
public sealed class CsvFormatException(string message) : Exception(message);
