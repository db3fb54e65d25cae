namespace ExpertNetwork.Application.Experts;

/// <summary>An uploaded evidence file as it arrived: the name the uploader's computer gave it and its bytes.</summary>
public sealed record EvidenceUpload(string FileName, Stream Content);
