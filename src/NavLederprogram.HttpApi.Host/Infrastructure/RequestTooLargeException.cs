using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.Net.Http.Headers;

namespace NavLederprogram.HttpApi.Host.Infrastructure;

/// <summary>A body over the endpoint's limit; the answer names the limit in whole megabytes.</summary>
public sealed class RequestTooLargeException(long limitBytes) : Exception("The request body is larger than the endpoint allows.")
{
    /// <summary>Form limits carry a little room for the form's own fields above the file limit: rounded down, that is the file limit.</summary>
    public long LimitMegabytes { get; } = limitBytes / (1024 * 1024);
}
