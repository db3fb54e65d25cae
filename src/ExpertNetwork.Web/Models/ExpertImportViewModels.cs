using ExpertNetwork.Application.Experts.Import;

namespace ExpertNetwork.Web.Models;

public sealed record ExpertImportUploadViewModel(string? Error);

public sealed record ExpertImportPreviewViewModel(string FileName, ExpertImportReport Report, string? Token);

public sealed record ExpertImportResultViewModel(ExpertImportReport Report);

public sealed record EraseExpertViewModel(Guid Id, string FullName, string? Error, string? Reason);
