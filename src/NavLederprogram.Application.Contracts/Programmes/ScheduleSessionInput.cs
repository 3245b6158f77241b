using NavLederprogram.Organisation;
using NavLederprogram.Paging;

namespace NavLederprogram.Programmes;

public sealed class ScheduleSessionInput
{
    /// <summary>The day in Oslo.</summary>
    public DateOnly? Date { get; set; }
    /// <summary>Wall-clock start in Oslo, "HH:mm".</summary>
    public string? StartTime { get; set; }
    public int? DurationMinutes { get; set; }
    public string? Place { get; set; }
    public string? VideoLink { get; set; }
    public string? ConcurrencyStamp { get; set; }
}
