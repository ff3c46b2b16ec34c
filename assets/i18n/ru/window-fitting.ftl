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
fitting-size-tried = Размер примерки
fitting-size-bought = Размер покупки
fitting-size-offered = { $size }, как рассчитано

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

# Постоянные покупатели: все сохранённые примерки, поиск по имени или дате.
customers-title = Постоянные покупатели
customers-search = Имя или дата (2026-11)
customers-count = { $found } из { $all }
customers-row = { $customer } · { $date } · { $visits ->
    [one] { $visits } визит
    [few] { $visits } визита
   *[many] { $visits } визитов
}
customers-broken = { $count ->
    [one] { $count } файл примерки не читается
    [few] { $count } файла примерок не читаются
   *[many] { $count } файлов примерок не читаются
}
fitting-returning-customer-hint = Найти сохранённого покупателя по имени или дате; следующий визит запишется в тот же файл
fitting-new-visit = Открыт { $path }: новый визит сегодня, после { $visits ->
    [one] { $visits } прошлого визита
   *[other] { $visits } прошлых визитов
}. Отметьте, как показала себя прошлая пара и что куплено, и сохраните.
fitting-bought = Куплено
fitting-bought-unknown = Пока не отмечено
fitting-bought-nothing = Ничего
fitting-last-pair = Как показала себя прошлая пара ({ $shoe })
fitting-last-pair-none = ничего не куплено
fitting-last-pair-unknown = Не отмечено
fitting-last-pair-happy = Довольны
fitting-last-pair-returned = Вернули
fitting-last-pair-trouble = Оставили, но с проблемами
customers-forget = Забыть…
customers-forget-hint = Удалить примерки этого покупателя, их отчёты и резервные копии, и всё, что программа о нём хранила (сначала спросит)
customers-forgotten = Забыто: { $count ->
    [one] удалена { $count } примерка, её отчёты и резервные копии
    [few] удалены { $count } примерки, их отчёты и резервные копии
   *[many] удалено { $count } примерок, их отчёты и резервные копии
}; ни один файл программы больше не называет покупателя.
customers-still-named = { $count ->
    [one] Удалена { $count } примерка, её отчёты и резервные копии
    [few] Удалены { $count } примерки, их отчёты и резервные копии
   *[many] Удалено { $count } примерок, их отчёты и резервные копии
}, но имя покупателя ещё есть в: { $files }
customers-not-forgotten = Удалено не всё: { $error }
