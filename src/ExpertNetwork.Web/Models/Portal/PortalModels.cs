using System.ComponentModel.DataAnnotations;
using ExpertNetwork.Application.Portal;
using ExpertNetwork.Application.Timesheets;

namespace ExpertNetwork.Web.Models.Portal;

public sealed class PortalSignInForm
{
    [Required(ErrorMessage = "Enter the email address we write to you at.")]
    [StringLength(254, ErrorMessage = "That is longer than an email address can be.")]
    public string? Email { get; set; }
}

public sealed record PortalSignInPageModel(PortalSignInForm Form, bool Sent, bool SignedOut);

public sealed record PortalContinuePageModel(string Token);

public sealed record PortalClosedPageModel(int Status, string Title, string Message);

public sealed record PortalTimesheetPageModel(PortalView Portal, TimeEntryInput Form, Guid? EditingId, int? EditingVersion);
