namespace ExpertNetwork.Application.Common;

/// <summary>The record was changed by someone else after the caller read it; nothing was saved.</summary>
public sealed class StaleEditException(string what)
    : Exception($"{what} was changed by someone else after you opened it. Nothing was saved: reload it and make your change again.");
