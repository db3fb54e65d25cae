using System.Net;
using ExpertNetwork.Infrastructure.Persistence;
using Microsoft.AspNetCore.HttpOverrides;

namespace ExpertNetwork.Web.Infrastructure;

/// <summary>
/// Behind a reverse proxy the connection comes from the proxy, so the client's address (kept as signing and acceptance
/// evidence, and the key of the link rate limits) is in X-Forwarded-For. It is believed only from the proxies listed in
/// ReverseProxy:KnownProxies (addresses) or ReverseProxy:KnownNetworks (CIDR ranges); with neither listed the headers
/// are ignored, so nobody can forge their address by sending them.
/// </summary>
internal static class ReverseProxy
{
    public static bool AddReverseProxy(this IServiceCollection services, IConfiguration configuration)
    {
        var proxies = Parse(configuration, "ReverseProxy:KnownProxies", "an IP address such as 10.0.0.5",
            text => (IPAddress.TryParse(text, out var address), address!));
        var networks = Parse(configuration, "ReverseProxy:KnownNetworks", "a CIDR range such as 10.0.0.0/24",
            text => (System.Net.IPNetwork.TryParse(text, out var network), network));
        if (proxies.Count == 0 && networks.Count == 0)
            return false;
        services.Configure<ForwardedHeadersOptions>(o =>
        {
            o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            o.KnownProxies.Clear();
            o.KnownIPNetworks.Clear();
            foreach (var proxy in proxies)
                o.KnownProxies.Add(proxy);
            foreach (var network in networks)
                o.KnownIPNetworks.Add(network);
        });
        return true;
    }

    private static List<T> Parse<T>(IConfiguration configuration, string key, string expected, Func<string, (bool Parsed, T Value)> parse)
    {
        var values = new List<T>();
        foreach (var entry in configuration.GetSection(key).GetChildren())
        {
            var text = entry.Value?.Trim() ?? string.Empty;
            if (text.Length == 0)
                continue;
            var (parsed, value) = parse(text);
            if (!parsed)
                throw new ConfigurationException($"{key} contains '{text}', which is not {expected}.");
            values.Add(value);
        }
        return values;
    }
}
