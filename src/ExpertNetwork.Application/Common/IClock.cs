namespace ExpertNetwork.Application.Common;

public interface IClock
{
    DateTime UtcNow { get; }
}
