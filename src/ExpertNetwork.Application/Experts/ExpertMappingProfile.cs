using AutoMapper;
using ExpertNetwork.Domain.Experts;

namespace ExpertNetwork.Application.Experts;

/// <summary>Read projections only (ProjectTo); nothing maps into an entity.</summary>
public sealed class ExpertMappingProfile : Profile
{
    public ExpertMappingProfile()
    {
        CreateProjection<Expert, ExpertListItem>()
            // Loaded for the page's experts by key (SearchExpertsHandler): as a joined collection SQLite would
            // materialise every expert's specialties for each page.
            .ForMember(d => d.Specialties, o => o.Ignore())
            .ForMember(d => d.VerifiedCredentials, o => o.Ignore())
            .ForMember(d => d.PendingCredentials, o => o.Ignore())
            .ForMember(d => d.RateAmount, o => o.Ignore())
            .ForMember(d => d.RateCurrency, o => o.Ignore());
        CreateProjection<Expert, ExpertDetail>()
            .ForMember(d => d.Languages, o => o.MapFrom(s => s.Languages.Select(l => l.Code).OrderBy(c => c).ToList()))
            .ForMember(d => d.Employers, o => o.MapFrom(s => s.Employers.Select(x => x.Name).OrderBy(n => n).ToList()))
            .ForMember(d => d.Specialties, o => o.MapFrom(s => s.Specialties.Select(x => x.Specialty!.Path).OrderBy(p => p).ToList()))
            .ForMember(d => d.Rates, o => o.MapFrom(s => s.Rates.OrderBy(r => r.Activity).ThenByDescending(r => r.Effective.Start)))
            .ForMember(d => d.Blackouts, o => o.MapFrom(s => s.Blackouts.OrderBy(b => b.Days.Start)))
            .ForMember(d => d.Credentials, o => o.Ignore())
            .ForMember(d => d.Ndas, o => o.Ignore())
            .ForMember(d => d.Engagements, o => o.Ignore())
            .ForMember(d => d.History, o => o.Ignore())
            .ForMember(d => d.SpecialtyNames, o => o.Ignore());
        CreateProjection<ExpertRate, ExpertRateView>()
            .ForMember(d => d.Amount, o => o.MapFrom(s => s.HourlyRate.Amount))
            .ForMember(d => d.Currency, o => o.MapFrom(s => s.HourlyRate.Currency))
            .ForMember(d => d.From, o => o.MapFrom(s => s.Effective.Start))
            .ForMember(d => d.To, o => o.MapFrom(s => s.Effective.End));
        CreateProjection<Blackout, BlackoutView>()
            .ForMember(d => d.From, o => o.MapFrom(s => s.Days.Start))
            .ForMember(d => d.To, o => o.MapFrom(s => s.Days.End));
    }
}
