namespace ExpertNetwork.Domain.Portal;

public enum PortalSignInLinkState
{
    Usable,
    Used,
    Expired,
}
