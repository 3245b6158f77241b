using System.Globalization;
using System.Text.Json.Serialization.Metadata;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Localization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.FileProviders;
using NavLederprogram.Data;
using NavLederprogram.EntityFrameworkCore;
using NavLederprogram.HttpApi.Host.Identity;
using NavLederprogram.HttpApi.Host.Infrastructure;
using NavLederprogram.HttpApi.Host.Notifications;
using NavLederprogram.HttpApi.Host.Scheduling;
using NavLederprogram.Identity;
using NavLederprogram.Localization;
using Scalar.AspNetCore;
using Serilog;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace NavLederprogram.HttpApi.Host;

public sealed class SpaFiles(string? root)
{
    public IFileProvider? Provider { get; } = root is null ? null : new PhysicalFileProvider(root);

    public IEnumerable<string> InlineScriptHashes()
    {
        var index = root is null ? null : Path.Combine(root, "index.html");
        return index is not null && File.Exists(index) ? SecurityHeaders.InlineScriptHashes(File.ReadAllText(index)) : [];
    }
}
