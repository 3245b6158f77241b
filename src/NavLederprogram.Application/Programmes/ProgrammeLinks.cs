using System.Security.Cryptography;
using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Configuration;
using NavLederprogram.Data;
using NavLederprogram.Identity;
using NavLederprogram.Localization;
using NavLederprogram.Organisation;

namespace NavLederprogram.Programmes;

/// <summary>Addresses that leave the system (calendar feeds, certificate checks) are built on the configured public address.</summary>
public static class ProgrammeLinks
{
    public const string DefaultPublicUrl = "http://localhost:5080";

    public static string PublicUrl(IConfiguration configuration) =>
        (configuration["App:PublicUrl"] is { Length: > 0 } url ? url : DefaultPublicUrl).TrimEnd('/');
}
