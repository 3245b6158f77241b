using System.Globalization;
using MiniExcelLibs;
using NavLederprogram.Competence;
using NavLederprogram.Export;
using NavLederprogram.Localization;
using NavLederprogram.Organisation;
using NavLederprogram.Programmes;
using NavLederprogram.Validation;

namespace NavLederprogram.PeerSupervision;

/// <summary>
/// The supervisor's own page. It shows what the supervisor leads and when, and counts of who came — never what was said:
/// cases and reflections are not read here.
/// </summary>
public sealed class SupervisorOverviewAppService(
    ICurrentPerson currentPerson,
    IPeerSupervisorRepository supervisors,
    ISupervisionGroupRepository groups,
    ISupervisionMeetingRepository meetings,
    SupervisionCalendar calendar,
    TimeProvider clock) : ISupervisorOverviewAppService
{
    private const int NextMeetings = 10;
    /// <summary>How far back a meeting without registered attendance is still asked for.</summary>
    private static readonly TimeSpan AttendanceBackTo = TimeSpan.FromDays(366);
    /// <summary>How far ahead the page looks for the next meetings.</summary>
    private static readonly TimeSpan Ahead = TimeSpan.FromDays(366 * 2);
    private const int MaxPeriodYears = 5;
    private const int MaxPeriodDays = 366 * MaxPeriodYears;

    public async Task<SupervisorOverviewDto> GetMineAsync(CancellationToken ct)
    {
        var me = await currentPerson.GetOrThrowAsync(ct);
        var appointment = await supervisors.FindActiveByPersonAsync(me.Id, ct);
        var led = (await LedByAsync(me.Id, ct)).Where(g => !g.IsEnded).ToList();
        var now = clock.GetUtcNow().UtcDateTime;
        var all = await meetings.GetForGroupsAsync(led.Select(g => g.Id).ToList(), now - AttendanceBackTo, now + Ahead, ct);
        var names = led.ToDictionary(g => g.Id, g => g.Name);

        var upcoming = all.Where(m => m.Status is not (MeetingStatus.Cancelled or MeetingStatus.Held) && m.EndsAt > now).OrderBy(m => m.StartsAt).ToList();
        // A meeting that has begun and is neither held nor cancelled waits for the supervisor to register who came.
        var due = all.Where(m => m.Status is MeetingStatus.Planned or MeetingStatus.Moved && m.StartsAt <= now).OrderBy(m => m.StartsAt).ToList();
        var next = upcoming.GroupBy(m => m.GroupId).ToDictionary(g => g.Key, g => (DateTime?)g.First().StartsAt);

        return new SupervisorOverviewDto(appointment is not null, appointment?.Capacity,
            led.Select(g => new SupervisedGroupDto(g.Id, g.Name, g.Kind, g.SupervisorPersonId != me.Id,
                    g.Members.Count(m => m.Status == MemberStatus.Active), next.GetValueOrDefault(g.Id)))
                .OrderBy(g => g.NextMeetingAt ?? DateTime.MaxValue).ThenBy(g => g.Name, StringComparer.CurrentCulture).ToList(),
            upcoming.Take(NextMeetings).Select(m => ToDto(m, names)).ToList(),
            due.Select(m => ToDto(m, names)).ToList());
    }

    public async Task<SupervisionHoursDto> GetMyHoursAsync(SupervisionHoursQuery query, CancellationToken ct)
    {
        var (from, to) = Period(query);
        var me = await currentPerson.GetOrThrowAsync(ct);
        // Every group the person has led, ended ones too: the log is their history.
        var led = (await LedByAsync(me.Id, ct)).ToDictionary(g => g.Id);
        var start = OsloTime.ToUtc(from, TimeOnly.MinValue);
        var end = OsloTime.ToUtc(to.AddDays(1), TimeOnly.MinValue);
        var rows = (await meetings.GetForGroupsAsync(led.Keys.ToList(), start, end, ct))
            .Where(m => m.Status == MeetingStatus.Held)
            .OrderBy(m => m.StartsAt)
            .Select(m =>
            {
                var group = led[m.GroupId];
                return new SupervisionHoursRowDto(m.Id, group.Id, group.Name, group.Kind, group.SupervisorPersonId != me.Id, m.StartsAt,
                    (int)Math.Round((m.EndsAt - m.StartsAt).TotalMinutes), m.Attendance.Count(a => a.Attended));
            }).ToList();
        return new SupervisionHoursDto(from, to, rows.Count, rows.Sum(r => r.DurationMinutes), rows);
    }

    public async Task<ExportFile> ExportMyHoursAsync(SupervisionHoursQuery query, ExportFormat format, CancellationToken ct)
    {
        if (!Enum.IsDefined(format)) new InputValidator().Add("format", InputValidator.Unknown).ThrowIfInvalid();
        var hours = await GetMyHoursAsync(query, ct);
        string T(string column) => LocalizationTexts.Get($"PeerSupervision:Hours.{column}");
        var rows = hours.Rows.Select(r => new Dictionary<string, object?>
        {
            [T("Date")] = OsloTime.ToOslo(r.StartsAt).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            [T("Time")] = OsloTime.ToOslo(r.StartsAt).ToString("HH:mm", CultureInfo.InvariantCulture),
            [T("Group")] = r.GroupName,
            [T("Kind")] = LocalizationTexts.EnumText(r.Kind),
            [T("Role")] = T(r.AsCoSupervisor ? "CoSupervisor" : "Supervisor"),
            [T("Minutes")] = r.DurationMinutes,
            [T("Hours")] = Math.Round(r.DurationMinutes / 60.0, 2),
            [T("MembersPresent")] = r.MembersPresent,
        }).ToList();
        string[] columns = ["Date", "Time", "Group", "Kind", "Role", "Minutes", "Hours", "MembersPresent"];
        var fileName = $"{T("FileName")}-{hours.From:yyyy-MM-dd}-{hours.To:yyyy-MM-dd}";
        if (format == ExportFormat.Csv)
        {
            var csv = await CsvExport.WriteAsync(columns.Select(T), rows.Select(r => r.Values));
            return new ExportFile(csv, CsvExport.ContentType, fileName + ".csv");
        }
        await using var xlsx = new MemoryStream();
        // MiniExcel writes every value as a value, never as a formula; an empty log still gets its column headings.
        object sheet = rows.Count > 0 ? rows : new[] { columns.ToDictionary(T, _ => (object?)null) };
        await xlsx.SaveAsAsync(new Dictionary<string, object> { [T("Sheet")] = sheet }, excelType: ExcelType.XLSX, cancellationToken: ct);
        return new ExportFile(xlsx.ToArray(), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", fileName + ".xlsx");
    }

    public Task<CalendarDocument> GetMeetingCalendarAsync(Guid meetingId, CancellationToken ct) => calendar.GetMeetingAsync(meetingId, ct);

    private (DateOnly From, DateOnly To) Period(SupervisionHoursQuery query)
    {
        // Checked before the defaults are worked out from them: a day at the edge of the calendar has no year before it.
        new InputValidator().SupportedDate("from", query.From).SupportedDate("to", query.To).ThrowIfInvalid();
        var to = query.To ?? OsloTime.Today(clock);
        var from = query.From ?? to.AddYears(-1).AddDays(1);
        var validator = new InputValidator();
        if (from > to) validator.Add("to", NavLederprogramErrorCodes.SupervisionPeriodReversed);
        else if (to.DayNumber - from.DayNumber > MaxPeriodDays) validator.Add("from", NavLederprogramErrorCodes.SupervisionPeriodTooLong, MaxPeriodYears);
        validator.ThrowIfInvalid();
        return (from, to);
    }

    /// <summary>The groups and one-to-ones the person leads or co-leads, ended ones too.</summary>
    private async Task<IReadOnlyList<SupervisionGroup>> LedByAsync(Guid personId, CancellationToken ct) =>
        (await groups.GetForPersonAsync(personId, ct)).Where(g => g.IsSupervisor(personId)).ToList();

    private static SupervisorMeetingDto ToDto(SupervisionMeeting m, IReadOnlyDictionary<Guid, string> names) =>
        new(m.Id, m.GroupId, names.GetValueOrDefault(m.GroupId) ?? "", m.StartsAt, m.EndsAt, m.Status, m.Place, m.VideoLink);
}
