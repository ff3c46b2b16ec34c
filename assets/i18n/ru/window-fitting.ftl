# Сеанс примерки, для продавцов. $shoe — название модели; $customer — имя клиента;
# $file — имя файла сохранённого сеанса; $path — папка сеансов.

fitting-customer = Клиент
fitting-customer-hint = имя (необязательно)
fitting-empty = Выберите модель и нажмите «Примерили», чтобы отметить, как она села.
fitting-remove = Убрать из списка

# Как сели кроссовки, на кнопках.
fitting-feel-fits = Подходят
fitting-feel-too-narrow = Узковаты
fitting-feel-too-wide = Широковаты
fitting-feel-heel-slips = Пятка выскакивает
fitting-feel-too-soft = Мягковаты
fitting-feel-too-firm = Жестковаты
fitting-feel-liked = Нравятся
fitting-feel-disliked = Не нравятся

fitting-note = Заметка: { $shoe }
fitting-note-hint = как сели

fitting-save-session = Сохранить сеанс
fitting-write-report = Составить отчёт
fitting-write-report-hint = Страница для печати: лучшие модели и что примерили
fitting-new-customer = Новый клиент

# Открыть сохранённый сеанс.
fitting-returning-customer = Постоянный клиент…
fitting-no-sessions = Сохранённых сеансов пока нет
fitting-session = { $customer } · { $file }
fitting-session-no-name = без имени
fitting-session-unreadable = { $file } (не удаётся прочитать)
fitting-sessions-folder = Выбрать папку сеансов…
fitting-sessions-kept = Сеансы хранятся в папке { $path }
fitting-open-report = Открыть отчёт
fitting-show-in-folder = Показать в папке
