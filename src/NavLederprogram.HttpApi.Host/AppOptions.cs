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

public sealed class AppOptions
{
    public const string Section = "App";

    /// <summary>Where the embedded database, Quartz store and development keys live.</summary>
    public string? DataFolder { get; set; }
    /// <summary>Where course files and SCORM packages are kept; {DataFolder}/files by default. Nodes of a cluster share it.</summary>
    public string? FileStorageFolder { get; set; }
    /// <summary>The Angular production build served at the same origin.</summary>
    public string? SpaRoot { get; set; }
    public int AuthRequestsPerMinute { get; set; } = 30;
    /// <summary>The address users reach the app at: the token issuer on every node, and the base of links in e-mail. Required outside Development.</summary>
    public string? PublicUrl { get; set; }
    /// <summary>Load balancers (addresses or networks such as 10.0.0.0/8) whose X-Forwarded-For and X-Forwarded-Proto are believed.</summary>
    public string[] TrustedProxies { get; set; } = [];
    /// <summary>Rate limit per client address on the public certificate verification.</summary>
    public int VerificationRequestsPerMinute { get; set; } = 60;
    /// <summary>Answers carry the number of SQL statements they cost (X-Db-Statements): for development and tests only.</summary>
    public bool ExposeStatementCount { get; set; }
}
