namespace NavLederprogram.Audit;

/// <summary>Where the current request came from, for the audit log; null outside a request (jobs, tools).</summary>
public interface IRequestOrigin
{
    string? RemoteAddress { get; }
}
