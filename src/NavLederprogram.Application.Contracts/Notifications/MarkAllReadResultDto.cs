using NavLederprogram.Organisation;
using NavLederprogram.Paging;

namespace NavLederprogram.Notifications;

public sealed record MarkAllReadResultDto(int Marked);
