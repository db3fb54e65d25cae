using ExpertNetwork.Application.Common;

namespace ExpertNetwork.Infrastructure.Time;

public sealed class SystemClock : IClock
{
    public DateTime UtcNow => DateTime.UtcNow;
}
