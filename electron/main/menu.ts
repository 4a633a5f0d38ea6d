import { app, dialog, Menu, type BrowserWindow, type MenuItemConstructorOptions } from 'electron';

/** The application menu, in Vietnamese; roles keep the standard shortcuts (Ctrl+C, Ctrl+Z, F11…). */
export function buildMenu(getWindow: () => BrowserWindow | null): Menu {
  const dev = !app.isPackaged;
  const template: MenuItemConstructorOptions[] = [
    {
      label: '&Tệp',
      submenu: [{ role: 'quit', label: 'Thoát', accelerator: 'Ctrl+Q' }],
    },
    {
      label: '&Chỉnh sửa',
      submenu: [
        { role: 'undo', label: 'Hoàn tác' },
        { role: 'redo', label: 'Làm lại' },
        { type: 'separator' },
        { role: 'cut', label: 'Cắt' },
        { role: 'copy', label: 'Sao chép' },
        { role: 'paste', label: 'Dán' },
        { role: 'selectAll', label: 'Chọn tất cả' },
      ],
    },
    {
      label: '&Xem',
      submenu: [
        { role: 'reload', label: 'Tải lại' },
        { type: 'separator' },
        { role: 'zoomIn', label: 'Phóng to' },
        { role: 'zoomOut', label: 'Thu nhỏ' },
        { role: 'resetZoom', label: 'Cỡ chữ mặc định' },
        { type: 'separator' },
        { role: 'togglefullscreen', label: 'Toàn màn hình' },
        ...(dev ? [{ role: 'toggleDevTools', label: 'Công cụ cho nhà phát triển' } as const] : []),
      ],
    },
    {
      label: 'Trợ &giúp',
      submenu: [
        {
          label: 'Giới thiệu',
          click: () => {
            const win = getWindow();
            const options = {
              type: 'info' as const,
              title: 'Giới thiệu',
              message: 'BHXH Gia Lai – Báo cáo tiến độ',
              detail: `Phiên bản ${app.getVersion()}\nTheo dõi tiến độ phát triển người tham gia BHXH, BHTN so với chỉ tiêu Kế hoạch 156/KH-UBND.`,
              buttons: ['Đóng'],
            };
            void (win ? dialog.showMessageBox(win, options) : dialog.showMessageBox(options));
          },
        },
      ],
    },
  ];
  return Menu.buildFromTemplate(template);
}
