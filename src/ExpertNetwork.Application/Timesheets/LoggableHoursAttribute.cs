using System.ComponentModel.DataAnnotations;
using ExpertNetwork.Domain.Timesheets;

namespace ExpertNetwork.Application.Timesheets;

/// <summary>
/// The form's and the API contract's check of hours, with the entry's own rule and sentence
/// (<see cref="TimeEntry.AreLoggableHours"/>, <see cref="TimeEntry.HoursRule"/>), so a bad value gets the same answer
/// whether the form or the entry refuses it. An empty value is left to <see cref="RequiredAttribute"/>.
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Field | AttributeTargets.Parameter)]
public sealed class LoggableHoursAttribute : ValidationAttribute
{
    public LoggableHoursAttribute()
        : base(TimeEntry.HoursRule)
    {
    }

    public override bool IsValid(object? value) => value is not decimal hours || TimeEntry.AreLoggableHours(hours);
}
