using ExpertNetwork.Application.Common;
using ExpertNetwork.Application.Experts;

namespace ExpertNetwork.Web.Models;

public sealed record ExpertsIndexViewModel(ExpertSearch Search, PagedResult<ExpertListItem> Results, IReadOnlyList<SpecialtyOption> Specialties);
