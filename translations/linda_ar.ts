<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>linda</name>
    <message>
        <source>no phone number</source>
        <translation>لا يوجد رقم هاتف</translation>
    </message>
    <message>
        <source>the same number is listed earlier in this contact</source>
        <translation>الرقم نفسه مدرج سابقاً في جهة الاتصال هذه</translation>
    </message>
    <message>
        <source>the same number is already on line %1</source>
        <translation>الرقم نفسه موجود مسبقاً في السطر %1</translation>
    </message>
    <message>
        <source>line %1, %2 (%3): %4</source>
        <translation>السطر %1، %2 (%3): %4</translation>
    </message>
    <message>
        <source>normal</source>
        <translation>طبيعي</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>قيد الانتظار</translation>
    </message>
    <message>
        <source>firing</source>
        <translation>نشط</translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>تمت المعالجة</translation>
    </message>
    <message>
        <source>p95 latency</source>
        <translation>زمن الاستجابة p95</translation>
    </message>
    <message>
        <source>p50 latency</source>
        <translation>زمن الاستجابة p50</translation>
    </message>
    <message>
        <source>queue depth</source>
        <translation>عمق قائمة الانتظار</translation>
    </message>
    <message>
        <source>tasks</source>
        <translation>المهام</translation>
    </message>
    <message>
        <source>heap growth</source>
        <translation>نمو الذاكرة (heap)</translation>
    </message>
    <message>
        <source>error rate</source>
        <translation>معدل الأخطاء</translation>
    </message>
    <message>
        <source>alert</source>
        <translation>تنبيه</translation>
    </message>
    <message>
        <source>error</source>
        <translation>خطأ</translation>
    </message>
    <message>
        <source>rate limit</source>
        <translation>حد المعدل</translation>
    </message>
    <message>
        <source>session expired</source>
        <translation>انتهت الجلسة</translation>
    </message>
    <message>
        <source>engine</source>
        <translation>المحرك</translation>
    </message>
    <message>
        <source>traffic</source>
        <translation>حركة الرسائل</translation>
    </message>
    <message>
        <source>dry run</source>
        <translation>تشغيل تجريبي</translation>
    </message>
    <message>
        <source>%1: %2 -&gt; %3 (value %4 %5, limit %6 %5)</source>
        <translation>%1: %2 -&gt; %3 (القيمة %4 %5، الحد %6 %5)</translation>
    </message>
</context>
<context>
    <name>linda::ChatExportParser</name>
    <message>
        <source>line %1 is not valid UTF-8; it was skipped. Re-export the chat or convert the file to UTF-8</source>
        <translation>السطر %1 ليس بترميز UTF-8 صالح وتم تخطيه. أعد تصدير المحادثة أو حوّل الملف إلى UTF-8</translation>
    </message>
    <message>
        <source>line %1 continues a message whose previous line was skipped</source>
        <translation>السطر %1 يكمل رسالة تم تخطي سطرها السابق</translation>
    </message>
    <message>
        <source>the message at line %1 is %2 bytes, more than the limit of %3 bytes; it was skipped</source>
        <translation>حجم الرسالة في السطر %1 هو %2 بايت، وهو أكبر من الحد البالغ %3 بايت؛ تم تخطيها</translation>
    </message>
    <message>
        <source>line %1: %2/%3/%4 is not a valid date when read as %5; the message was skipped</source>
        <translation>السطر %1: %2/%3/%4 ليس تاريخاً صالحاً عند قراءته بالترتيب %5؛ تم تخطي الرسالة</translation>
    </message>
    <message>
        <source>the file is empty; expected an exported WhatsApp chat</source>
        <translation>الملف فارغ؛ المتوقع محادثة WhatsApp مصدَّرة</translation>
    </message>
    <message>
        <source>no line starts with a date and time; this is not an exported WhatsApp chat</source>
        <translation>لا يبدأ أي سطر بتاريخ ووقت؛ هذه ليست محادثة WhatsApp مصدَّرة</translation>
    </message>
    <message>
        <source>expected lines such as "31/12/2023, 21:41 - Name: text" or "[31/12/2023, 21:41:05] Name: text"</source>
        <translation>المتوقع أسطر مثل "31/12/2023, 21:41 - Name: text" أو "[31/12/2023, 21:41:05] Name: text"</translation>
    </message>
    <message>
        <source>line %1 is not valid UTF-8, and no line starts with a date and time; this is not an exported WhatsApp chat, or it is not saved as UTF-8</source>
        <translation>السطر %1 ليس UTF-8 صالحًا، ولا يبدأ أي سطر بتاريخ ووقت؛ فهذا ليس محادثة واتساب مُصدَّرة، أو أنه غير محفوظ بترميز UTF-8</translation>
    </message>
    <message>
        <source>line %1 starts like a message, but its date, time or the separator after them has a form this parser does not read: "%2"; no line of the file was read as a message (%3)</source>
        <translation>يبدأ السطر %1 كرسالة، لكن تاريخه أو وقته أو الفاصل بعدهما بصيغة لا يقرؤها هذا المحلّل: "%2"؛ لم يُقرأ أي سطر من الملف كرسالة (%3)</translation>
    </message>
    <message>
        <source>line %1 does not start with a date and time, and no line after it does; this is not an exported WhatsApp chat (%2)</source>
        <translation>لا يبدأ السطر %1 بتاريخ ووقت، ولا أي سطر بعده؛ فهذا ليس محادثة واتساب مُصدَّرة (%2)</translation>
    </message>
    <message>
        <source>line %1 comes before the first message and does not start with a date and time; it was skipped (%2)</source>
        <translation>يأتي السطر %1 قبل الرسالة الأولى ولا يبدأ بتاريخ ووقت؛ فتم تخطّيه (%2)</translation>
    </message>
    <message>
        <source>lines %1-%2 come before the first message and do not start with a date and time; they were skipped (%3)</source>
        <translation>تأتي الأسطر %1-%2 قبل الرسالة الأولى ولا تبدأ بتاريخ ووقت؛ فتم تخطّيها (%3)</translation>
    </message>
    <message>
        <source>the file is a ZIP archive; unzip it and use the chat text file inside (_chat.txt on iOS, "WhatsApp Chat with NAME.txt" on Android)</source>
        <translation>الملف أرشيف ZIP؛ فُكّ ضغطه واستخدم ملف المحادثة النصي الذي بداخله (_chat.txt على iOS، و"WhatsApp Chat with NAME.txt" على Android)</translation>
    </message>
</context>
<context>
    <name>linda::CommandRegistry</name>
    <message>
        <source>command "%1" has no handler</source>
        <translation>الأمر "%1" ليس له معالج</translation>
    </message>
    <message>
        <source>command "%1" has maxArgs below minArgs</source>
        <translation>قيمة maxArgs للأمر "%1" أقل من minArgs</translation>
    </message>
    <message>
        <source>command "%1" has an empty name or alias</source>
        <translation>للأمر "%1" اسم أو اسم بديل فارغ</translation>
    </message>
    <message>
        <source>"%1" has more than two words; names and aliases have one or two</source>
        <translation>"%1" يتكون من أكثر من كلمتين؛ الأسماء والأسماء البديلة من كلمة أو كلمتين</translation>
    </message>
    <message>
        <source>"%1" is already the name or alias of command "%2"</source>
        <translation>"%1" هو بالفعل اسم أو اسم بديل للأمر "%2"</translation>
    </message>
    <message>
        <source>command "%1" lists the same alias twice</source>
        <translation>الأمر "%1" يذكر الاسم البديل نفسه مرتين</translation>
    </message>
</context>
<context>
    <name>linda::ContactFile</name>
    <message>
        <source>the file is empty; export the contacts again as vCard or Google CSV</source>
        <translation>الملف فارغ؛ صدّر جهات الاتصال مرة أخرى بصيغة vCard أو Google CSV</translation>
    </message>
    <message>
        <source>neither a vCard (BEGIN:VCARD) nor a Google Contacts or Outlook CSV header ("Name,...,Phone 1 - Value"); export the contacts as vCard or Google CSV</source>
        <translation>ليس ملف vCard (BEGIN:VCARD) ولا ترويسة CSV من Google Contacts أو Outlook ("Name,...,Phone 1 - Value")؛ صدّر جهات الاتصال بصيغة vCard أو Google CSV</translation>
    </message>
</context>
<context>
    <name>linda::ContactRepository</name>
    <message>
        <source>cannot read contact %1</source>
        <translation>تعذرت قراءة جهة الاتصال %1</translation>
    </message>
    <message>
        <source>cannot look up number %1</source>
        <translation>تعذر البحث عن الرقم %1</translation>
    </message>
    <message>
        <source>cannot search contacts for "%1"</source>
        <translation>تعذر البحث في جهات الاتصال عن "%1"</translation>
    </message>
    <message>
        <source>cannot add contact %1</source>
        <translation>تعذرت إضافة جهة الاتصال %1</translation>
    </message>
    <message>
        <source>the name is empty</source>
        <translation>الاسم فارغ</translation>
    </message>
    <message>
        <source>the phone number is empty</source>
        <translation>رقم الهاتف فارغ</translation>
    </message>
    <message>
        <source>the number belongs to contact %1 (%2)</source>
        <translation>الرقم يخص جهة الاتصال %1 (%2)</translation>
    </message>
    <message>
        <source>cannot change the %1 of contact %2</source>
        <translation>تعذر تغيير %1 لجهة الاتصال %2</translation>
    </message>
    <message>
        <source>the new value is empty</source>
        <translation>القيمة الجديدة فارغة</translation>
    </message>
    <message>
        <source>%1 belongs to contact %2 (%3)</source>
        <translation>%1 يخص جهة الاتصال %2 (%3)</translation>
    </message>
    <message>
        <source>no contact has id %1</source>
        <translation>لا توجد جهة اتصال بالمعرّف %1</translation>
    </message>
    <message>
        <source>cannot delete contact %1</source>
        <translation>تعذر حذف جهة الاتصال %1</translation>
    </message>
    <message>
        <source>the contact is the tenant in %1 tenancy record(s); end those tenancies first</source>
        <translation>جهة الاتصال مستأجر في %1 من سجلات الإيجار؛ أنهِ عقود الإيجار هذه أولاً</translation>
    </message>
    <message>
        <source>cannot count contacts</source>
        <translation>تعذر عدّ جهات الاتصال</translation>
    </message>
    <message>
        <source>cannot compute contact statistics</source>
        <translation>تعذر حساب إحصاءات جهات الاتصال</translation>
    </message>
    <message>
        <source>cannot save contact %1</source>
        <translation>تعذّر حفظ جهة الاتصال %1</translation>
    </message>
</context>
<context>
    <name>linda::DateOrderDecision</name>
    <message>
        <source>dates read as %1 (line %2 has a field above 12)</source>
        <translation>قُرئت التواريخ بالترتيب %1 (في السطر %2 حقل أكبر من 12)</translation>
    </message>
    <message>
        <source>dates read as %1 (only that order keeps the messages in time order)</source>
        <translation>قُرئت التواريخ بالترتيب %1 (هذا الترتيب وحده يبقي الرسائل مرتبة زمنياً)</translation>
    </message>
    <message>
        <source>dates read as %1 (assumed: no date in the file tells day from month)</source>
        <translation>قُرئت التواريخ بالترتيب %1 (افتراضاً: لا يوجد تاريخ في الملف يميز اليوم من الشهر)</translation>
    </message>
    <message>
        <source>dates read as %1</source>
        <translation>قُرئت التواريخ بالترتيب %1</translation>
    </message>
    <message>
        <source>no dated message lines</source>
        <translation>لا توجد أسطر رسائل مؤرخة</translation>
    </message>
</context>
<context>
    <name>linda::DemoSeeder</name>
    <message>
        <source>demo data counts must not be negative</source>
        <translation>يجب ألا تكون أعداد البيانات التجريبية سالبة</translation>
    </message>
    <message>
        <source>at most %1 demo contacts fit the generated number ranges; %2 were requested</source>
        <translation>لا يتسع نطاق الأرقام المولَّدة لأكثر من %1 جهة اتصال تجريبية؛ المطلوب %2</translation>
    </message>
    <message>
        <source>at most %1 demo properties fit the generated unit codes; %2 were requested</source>
        <translation>لا تتسع رموز الوحدات المولَّدة لأكثر من %1 عقار تجريبي؛ المطلوب %2</translation>
    </message>
</context>
<context>
    <name>linda::Engine</name>
    <message>
        <source>Invalid engine configuration: %1</source>
        <translation>إعدادات المحرك غير صالحة: %1</translation>
    </message>
    <message>
        <source>Cannot start the engine: %1</source>
        <translation>تعذر تشغيل المحرك: %1</translation>
    </message>
    <message>
        <source>Cannot register the bot's commands: %1</source>
        <translation>تعذر تسجيل أوامر البوت: %1</translation>
    </message>
    <message>
        <source>Handling message %1 failed: %2</source>
        <translation>فشلت معالجة الرسالة %1: %2</translation>
    </message>
    <message>
        <source>The work queue is over 90 % full (%1 of %2).</source>
        <translation>قائمة انتظار العمل ممتلئة بأكثر من 90 % (%1 من %2).</translation>
    </message>
    <message>
        <source>The log writer is behind by %1 rows.</source>
        <translation>كاتب السجل متأخر بمقدار %1 صف.</translation>
    </message>
    <message>
        <source>The session maximum of %1 is reached.</source>
        <translation>تم بلوغ الحد الأقصى للجلسات وهو %1.</translation>
    </message>
    <message>
        <source>%1 log rows could not be written.</source>
        <translation>تعذرت كتابة %1 من صفوف السجل.</translation>
    </message>
    <message>
        <source>The message has no id; the engine needs it to log the message.</source>
        <translation>الرسالة بلا معرّف؛ يحتاجه المحرك لتسجيل الرسالة.</translation>
    </message>
    <message>
        <source>Message %1 has no chat id, so no reply can be sent.</source>
        <translation>الرسالة %1 بلا معرّف محادثة، لذا لا يمكن إرسال رد.</translation>
    </message>
    <message>
        <source>Message %1 has no sender id.</source>
        <translation>الرسالة %1 بلا معرّف مرسل.</translation>
    </message>
    <message>
        <source>databasePath is empty; set it to the SQLite file the engine should use.</source>
        <translation>قيمة databasePath فارغة؛ اضبطها على ملف SQLite الذي يستخدمه المحرك.</translation>
    </message>
    <message>
        <source>defaultRegion is "%1"; use a two-letter ISO 3166 region such as AE.</source>
        <translation>قيمة defaultRegion هي "%1"؛ استخدم رمز منطقة ISO 3166 من حرفين مثل AE.</translation>
    </message>
    <message>
        <source>logBatchSize is %1; it must be at least 1.</source>
        <translation>قيمة logBatchSize هي %1؛ يجب ألا تقل عن 1.</translation>
    </message>
    <message>
        <source>logBacklogLimit is %1; it must be at least logBatchSize (%2).</source>
        <translation>قيمة logBacklogLimit هي %1؛ يجب ألا تقل عن logBatchSize (%2).</translation>
    </message>
    <message>
        <source>logFlushInterval is %1 ms; it must be greater than 0.</source>
        <translation>قيمة logFlushInterval هي %1 ms؛ يجب أن تكون أكبر من 0.</translation>
    </message>
    <message>
        <source>housekeepingInterval is %1 ms; use 0 to turn it off or a positive interval.</source>
        <translation>قيمة housekeepingInterval هي %1 ms؛ استخدم 0 لإيقافها أو فترة موجبة.</translation>
    </message>
    <message>
        <source>adminNumbers[%1] "%2" is not a phone number: %3</source>
        <translation>adminNumbers[%1] "%2" ليس رقم هاتف: %3</translation>
    </message>
</context>
<context>
    <name>linda::EventCollector</name>
    <message>
        <source>Message %1 failed: %2</source>
        <translation>فشلت الرسالة %1: %2</translation>
    </message>
    <message>
        <source>Sender rate limited; notice sent.</source>
        <translation>تم تقييد معدل المرسل؛ أُرسل إشعار.</translation>
    </message>
    <message>
        <source>Session expired after %1 s idle.</source>
        <translation>انتهت الجلسة بعد %1 ثانية من عدم النشاط.</translation>
    </message>
</context>
<context>
    <name>linda::EventLogModel</name>
    <message>
        <source>Time</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>الموضوع</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>التفاصيل</translation>
    </message>
</context>
<context>
    <name>linda::GoogleCsvParser</name>
    <message>
        <source>the file is empty</source>
        <translation>الملف فارغ</translation>
    </message>
    <message>
        <source>the quoted field that starts here is never closed; add the missing '"'</source>
        <translation>الحقل المحاط بعلامات تنصيص الذي يبدأ هنا غير مغلق؛ أضف '"' الناقصة</translation>
    </message>
    <message>
        <source>field %1 is not valid UTF-8; save the file as UTF-8</source>
        <translation>الحقل %1 ليس بترميز UTF-8 صالح؛ احفظ الملف بترميز UTF-8</translation>
    </message>
    <message>
        <source>the header has no phone column ("Phone 1 - Value" or "Mobile Phone"); export the contacts from Google Contacts as "Google CSV" or from Outlook as CSV</source>
        <translation>لا تحتوي الترويسة على عمود للهاتف ("Phone 1 - Value" أو "Mobile Phone")؛ صدّر جهات الاتصال من Google Contacts بصيغة "Google CSV" أو من Outlook بصيغة CSV</translation>
    </message>
    <message>
        <source>the row has %1 fields but the header has %2, so it was skipped; put quotes around fields that contain "%3"</source>
        <translation>يحتوي الصف على %1 حقلًا بينما تحتوي الترويسة على %2، لذا تم تخطّيه؛ ضع علامات اقتباس حول الحقول التي تحتوي على "%3"</translation>
    </message>
    <message>
        <source>this line is not valid UTF-8, so the file was read as Latin-1; if names look wrong, save the file as "CSV UTF-8" and import it again</source>
        <translation>هذا السطر ليس UTF-8 صالحًا، لذا قُرئ الملف بترميز Latin-1؛ إن بدت الأسماء خاطئة فاحفظ الملف بصيغة "CSV UTF-8" واستورده مرة أخرى</translation>
    </message>
</context>
<context>
    <name>linda::HealthMonitor</name>
    <message>
        <source>Cannot create a temporary folder for the engine's database: %1</source>
        <translation>تعذر إنشاء مجلد مؤقت لقاعدة بيانات المحرك: %1</translation>
    </message>
    <message>
        <source>Cannot create the engine's database %1: %2</source>
        <translation>تعذر إنشاء قاعدة بيانات المحرك %1: %2</translation>
    </message>
    <message>
        <source>Cannot seed the demo data into %1: %2</source>
        <translation>تعذر إدخال البيانات التجريبية في %1: %2</translation>
    </message>
    <message>
        <source>Cannot start the engine: %1</source>
        <translation>تعذر تشغيل المحرك: %1</translation>
    </message>
    <message>
        <source>engine</source>
        <translation>المحرك</translation>
    </message>
    <message>
        <source>Started with %1 workers, rate limit %2.</source>
        <translation>بدأ التشغيل بـ %1 عامل، وحد المعدل %2.</translation>
    </message>
    <message>
        <source>%1 msg/s, burst %2</source>
        <translation>%1 رسالة/ثانية، دفعة %2</translation>
    </message>
    <message>
        <source>off</source>
        <translation>متوقف</translation>
    </message>
    <message>
        <source>Stopped; %1 queued messages finished, %2 cancelled.</source>
        <translation>توقف؛ اكتملت %1 رسالة من قائمة الانتظار وأُلغيت %2.</translation>
    </message>
    <message>
        <source>traffic</source>
        <translation>حركة الرسائل</translation>
    </message>
    <message>
        <source>Started %1.</source>
        <translation>بدأ %1.</translation>
    </message>
    <message>
        <source>%1 after %2 messages submitted, %3 rejected.</source>
        <translation>%1 بعد إرسال %2 رسالة، ورُفضت %3.</translation>
    </message>
    <message>
        <source>Counters reset.</source>
        <translation>تمت إعادة ضبط العدادات.</translation>
    </message>
    <message>
        <source>Finished %1.</source>
        <translation>انتهى %1.</translation>
    </message>
</context>
<context>
    <name>linda::LogRepository</name>
    <message>
        <source>cannot log message %1</source>
        <translation>تعذر تسجيل الرسالة %1</translation>
    </message>
    <message>
        <source>cannot read message %1</source>
        <translation>تعذرت قراءة الرسالة %1</translation>
    </message>
    <message>
        <source>cannot read the messages of chat %1</source>
        <translation>تعذرت قراءة رسائل المحادثة %1</translation>
    </message>
    <message>
        <source>cannot count logged messages</source>
        <translation>تعذر عدّ الرسائل المسجلة</translation>
    </message>
    <message>
        <source>cannot log command %1</source>
        <translation>تعذر تسجيل الأمر %1</translation>
    </message>
    <message>
        <source>cannot read the command log</source>
        <translation>تعذرت قراءة سجل الأوامر</translation>
    </message>
    <message>
        <source>cannot count logged commands</source>
        <translation>تعذر عدّ الأوامر المسجلة</translation>
    </message>
</context>
<context>
    <name>linda::PhoneNumber</name>
    <message>
        <source>the number is empty</source>
        <translation>الرقم فارغ</translation>
    </message>
    <message>
        <source>not a phone number</source>
        <translation>ليس رقم هاتف</translation>
    </message>
    <message>
        <source>no country code, and the default region is not valid</source>
        <translation>لا يوجد رمز دولة، والمنطقة الافتراضية غير صالحة</translation>
    </message>
    <message>
        <source>the number is too short</source>
        <translation>الرقم قصير جداً</translation>
    </message>
    <message>
        <source>the number is too long</source>
        <translation>الرقم طويل جداً</translation>
    </message>
    <message>
        <source>the number has the wrong number of digits for its region</source>
        <translation>عدد أرقام الرقم غير صحيح بالنسبة لمنطقته</translation>
    </message>
    <message>
        <source>not a valid number for its region</source>
        <translation>ليس رقماً صالحاً لمنطقته</translation>
    </message>
</context>
<context>
    <name>linda::PropertyRepository</name>
    <message>
        <source>cannot list properties</source>
        <translation>تعذر عرض العقارات</translation>
    </message>
    <message>
        <source>cannot search properties in cluster "%1"</source>
        <translation>تعذر البحث عن العقارات في المجمّع "%1"</translation>
    </message>
    <message>
        <source>cannot read unit %1</source>
        <translation>تعذرت قراءة الوحدة %1</translation>
    </message>
    <message>
        <source>cannot list %1 properties</source>
        <translation>تعذر عرض العقارات %1</translation>
    </message>
    <message>
        <source>cannot count properties</source>
        <translation>تعذر عدّ العقارات</translation>
    </message>
    <message>
        <source>cannot add unit %1</source>
        <translation>تعذرت إضافة الوحدة %1</translation>
    </message>
    <message>
        <source>the unit code is empty</source>
        <translation>رمز الوحدة فارغ</translation>
    </message>
    <message>
        <source>the cluster is empty</source>
        <translation>المجمّع فارغ</translation>
    </message>
    <message>
        <source>bedrooms and price must not be negative</source>
        <translation>يجب ألا يكون عدد غرف النوم والسعر سالبين</translation>
    </message>
    <message>
        <source>the unit is already in the store</source>
        <translation>الوحدة موجودة بالفعل في قاعدة البيانات</translation>
    </message>
    <message>
        <source>cannot mark unit %1 %2</source>
        <translation>تعذر تعليم الوحدة %1 بأنها %2</translation>
    </message>
    <message>
        <source>no such unit</source>
        <translation>لا توجد وحدة بهذا الرمز</translation>
    </message>
    <message>
        <source>cannot add a tenancy for property %1</source>
        <translation>تعذرت إضافة عقد إيجار للعقار %1</translation>
    </message>
    <message>
        <source>the end date must be a valid date on or after the start date</source>
        <translation>يجب أن يكون تاريخ الانتهاء تاريخاً صالحاً في يوم البدء أو بعده</translation>
    </message>
    <message>
        <source>cannot read the tenancies of property %1</source>
        <translation>تعذرت قراءة عقود إيجار العقار %1</translation>
    </message>
</context>
<context>
    <name>linda::RateLimiter</name>
    <message>
        <source>rateLimit.ratePerSecond is %1; it must be a number greater than 0.</source>
        <translation>قيمة rateLimit.ratePerSecond هي %1؛ يجب أن تكون رقماً أكبر من 0.</translation>
    </message>
    <message>
        <source>rateLimit.burst is %1; it must be at least 1 so that one message can pass.</source>
        <translation>قيمة rateLimit.burst هي %1؛ يجب ألا تقل عن 1 حتى تمر رسالة واحدة على الأقل.</translation>
    </message>
</context>
<context>
    <name>linda::ReplaySchedule</name>
    <message>
        <source>replay of %1: %2 messages as fast as possible</source>
        <translation>إعادة %1: %2 رسالة بأقصى سرعة ممكنة</translation>
    </message>
    <message>
        <source>replay of %1: %2 messages at %3x the recorded pace</source>
        <translation>إعادة %1: %2 رسالة بسرعة %3x من الإيقاع المسجل</translation>
    </message>
    <message>
        <source>Cannot read the replay file %1: %2</source>
        <translation>تعذرت قراءة ملف الإعادة %1: %2</translation>
    </message>
    <message>
        <source>The replay file %1 is empty; choose a chat export, webhook or whatsapp-web.js file.</source>
        <translation>ملف الإعادة %1 فارغ؛ اختر ملف محادثة مصدَّرة أو webhook أو whatsapp-web.js.</translation>
    </message>
    <message>
        <source>The replay file %1 (%2) holds no messages to send.</source>
        <translation>ملف الإعادة %1 (%2) لا يحتوي على رسائل لإرسالها.</translation>
    </message>
</context>
<context>
    <name>linda::SessionManager</name>
    <message>
        <source>sessions.idleTimeout is %1 ms; it must be greater than 0.</source>
        <translation>قيمة sessions.idleTimeout هي %1 ms؛ يجب أن تكون أكبر من 0.</translation>
    </message>
    <message>
        <source>sessions.maxSessions is %1; it must be at least 1.</source>
        <translation>قيمة sessions.maxSessions هي %1؛ يجب ألا تقل عن 1.</translation>
    </message>
    <message>
        <source>Cannot open a session for chat %1: the maximum of %2 open sessions is reached. Raise the session maximum or shorten the idle timeout.</source>
        <translation>تعذر فتح جلسة للمحادثة %1: تم بلوغ الحد الأقصى البالغ %2 جلسة مفتوحة. ارفع الحد الأقصى للجلسات أو قصّر مهلة عدم النشاط.</translation>
    </message>
    <message>
        <source>Cannot open a session: the chat id is empty.</source>
        <translation>تعذر فتح جلسة: معرّف المحادثة فارغ.</translation>
    </message>
</context>
<context>
    <name>linda::Store</name>
    <message>
        <source>cannot open the store: the database path is empty</source>
        <translation>تعذر فتح قاعدة البيانات: مسار قاعدة البيانات فارغ</translation>
    </message>
    <message>
        <source>cannot open the store at %1: the folder %2 does not exist</source>
        <translation>تعذر فتح قاعدة البيانات في %1: المجلد %2 غير موجود</translation>
    </message>
    <message>
        <source>cannot open the store at %1: it is not a file</source>
        <translation>تعذر فتح قاعدة البيانات في %1: ليس ملفاً</translation>
    </message>
    <message>
        <source>cannot switch %1 to WAL journal mode: %2</source>
        <translation>تعذر تحويل %1 إلى وضع السجل WAL: %2</translation>
    </message>
    <message>
        <source>cannot start a transaction on %1: %2</source>
        <translation>تعذر بدء معاملة على %1: %2</translation>
    </message>
    <message>
        <source>cannot commit a transaction on %1: %2</source>
        <translation>تعذر تثبيت المعاملة على %1: %2</translation>
    </message>
</context>
<context>
    <name>linda::SyntheticSchedule</name>
    <message>
        <source>The rate must be a positive number of messages per second, not %1.</source>
        <translation>يجب أن يكون المعدل عدداً موجباً من الرسائل في الثانية، وليس %1.</translation>
    </message>
    <message>
        <source>The duration must be a number of seconds.</source>
        <translation>يجب أن تكون المدة عدداً من الثواني.</translation>
    </message>
    <message>
        <source>At least one sender is needed, not %1.</source>
        <translation>يلزم مرسل واحد على الأقل، وليس %1.</translation>
    </message>
    <message>
        <source>The message mix needs shares of zero or more with a positive sum.</source>
        <translation>يحتاج مزيج الرسائل إلى حصص صفرية أو أكبر مجموعها موجب.</translation>
    </message>
    <message>
        <source>%1: %2 msg/s from %3 senders until stopped</source>
        <translation>%1: %2 رسالة/ثانية من %3 مرسل حتى الإيقاف</translation>
    </message>
    <message>
        <source>%1: %2 msg/s from %3 senders for %4 s</source>
        <translation>%1: %2 رسالة/ثانية من %3 مرسل لمدة %4 ثانية</translation>
    </message>
</context>
<context>
    <name>linda::TrafficSource</name>
    <message>
        <source>idle</source>
        <translation>خامل</translation>
    </message>
    <message>
        <source>running</source>
        <translation>قيد التشغيل</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>متوقف مؤقتاً</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>انتهى</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>متوقف</translation>
    </message>
</context>
<context>
    <name>linda::VCardParser</name>
    <message>
        <source>unsupported CHARSET=%1 on %2; convert the file to UTF-8</source>
        <translation>CHARSET=%1 غير مدعوم في %2؛ حوّل الملف إلى UTF-8</translation>
    </message>
    <message>
        <source>no ':' between the property name and its value in "%1"; the line was skipped. A line that continues the previous value must start with a space</source>
        <translation>لا يوجد ':' بين اسم الخاصية وقيمتها في "%1"؛ تم تخطّي السطر. يجب أن يبدأ السطر المكمّل للقيمة السابقة بمسافة</translation>
    </message>
    <message>
        <source>the card that starts here has no END:VCARD; it was read up to the end of the file</source>
        <translation>البطاقة التي تبدأ هنا بلا END:VCARD؛ قُرئت حتى نهاية الملف</translation>
    </message>
    <message>
        <source>the card that starts here has no END:VCARD; it was read up to the BEGIN:VCARD on line %1</source>
        <translation>البطاقة التي تبدأ هنا بلا END:VCARD؛ قُرئت حتى BEGIN:VCARD في السطر %1</translation>
    </message>
    <message>
        <source>END:VCARD without BEGIN:VCARD; it was ignored</source>
        <translation>END:VCARD دون BEGIN:VCARD؛ تم تجاهله</translation>
    </message>
    <message>
        <source>the value of %1 is not valid %2; correct the CHARSET parameter or convert the file to UTF-8</source>
        <translation>قيمة %1 ليست %2 صالحًا؛ صحّح المعامل CHARSET أو حوّل الملف إلى UTF-8</translation>
    </message>
    <message>
        <source>the value of %1 is not valid UTF-8 and was read as Latin-1; if the name looks wrong, add a CHARSET parameter or convert the file to UTF-8</source>
        <translation>قيمة %1 ليست UTF-8 صالحًا وقُرئت بترميز Latin-1؛ إن بدا الاسم خاطئًا فأضف المعامل CHARSET أو حوّل الملف إلى UTF-8</translation>
    </message>
    <message>
        <source>%1 outside BEGIN:VCARD ... END:VCARD; it was ignored</source>
        <translation>%1 خارج BEGIN:VCARD ... END:VCARD؛ تم تجاهله</translation>
    </message>
    <message>
        <source>unknown vCard version "%1"; expected 2.1, 3.0 or 4.0. The card was read as 3.0</source>
        <translation>إصدار vCard غير معروف "%1"؛ المتوقع 2.1 أو 3.0 أو 4.0. قُرئت البطاقة على أنها 3.0</translation>
    </message>
</context>
<context>
    <name>linda::WebhookParser</name>
    <message>
        <source>the envelope is %1 bytes, more than the limit of %2 bytes</source>
        <translation>حجم الغلاف %1 بايت، وهو أكبر من الحد البالغ %2 بايت</translation>
    </message>
    <message>
        <source>the envelope is not a JSON object</source>
        <translation>الغلاف ليس كائن JSON</translation>
    </message>
    <message>
        <source>unsupported interactive reply type</source>
        <translation>نوع رد تفاعلي غير مدعوم</translation>
    </message>
    <message>
        <source>field '%1' does not contain valid JSON; a flow reply carries the form answers as a JSON document</source>
        <translation>الحقل '%1' لا يحتوي على JSON صالح؛ رد النموذج يحمل إجابات النموذج كمستند JSON</translation>
    </message>
    <message>
        <source>unsupported Cloud API message type</source>
        <translation>نوع رسالة Cloud API غير مدعوم</translation>
    </message>
    <message>
        <source>'%1' must be an object</source>
        <translation>يجب أن يكون '%1' كائناً</translation>
    </message>
    <message>
        <source>'%1' is missing; a Cloud API webhook envelope has an "entry" array</source>
        <translation>'%1' مفقود؛ غلاف webhook في Cloud API يحتوي على مصفوفة "entry"</translation>
    </message>
    <message>
        <source>'%1' must be an object with a "changes" array</source>
        <translation>يجب أن يكون '%1' كائناً يحتوي على مصفوفة "changes"</translation>
    </message>
</context>
<context>
    <name>linda::WorkQueue</name>
    <message>
        <source>queue.workers is %1; it must be between 1 and %2.</source>
        <translation>قيمة queue.workers هي %1؛ يجب أن تكون بين 1 و%2.</translation>
    </message>
    <message>
        <source>queue.capacity is %1; it must be at least 1.</source>
        <translation>قيمة queue.capacity هي %1؛ يجب ألا تقل عن 1.</translation>
    </message>
    <message>
        <source>queue.lanes is %1; use 0 for the default or a positive count.</source>
        <translation>قيمة queue.lanes هي %1؛ استخدم 0 للقيمة الافتراضية أو عدداً موجباً.</translation>
    </message>
</context>
<context>
    <name>linda::WwebjsParser</name>
    <message>
        <source>the message is %1 bytes, more than the limit of %2 bytes</source>
        <translation>حجم الرسالة %1 بايت، وهو أكبر من الحد البالغ %2 بايت</translation>
    </message>
    <message>
        <source>the document is not a JSON object</source>
        <translation>المستند ليس كائن JSON</translation>
    </message>
    <message>
        <source>unsupported whatsapp-web.js message type</source>
        <translation>نوع رسالة whatsapp-web.js غير مدعوم</translation>
    </message>
    <message>
        <source>the message declares a size of %1 bytes, more than the limit of %2 bytes</source>
        <translation>تعلن الرسالة عن حجم %1 بايت، وهو أكبر من الحد البالغ %2 بايت</translation>
    </message>
</context>
<context>
    <name>linda::bench</name>
    <message>
        <source>p95 latency</source>
        <translation>زمن الاستجابة p95</translation>
    </message>
    <message>
        <source>Each sample is the mean of a batch of %1 operations, because one operation is too short to time alone; percentiles describe batch means.</source>
        <translation>كل عينة هي متوسط دفعة من %1 عملية، لأن العملية الواحدة أقصر من أن يُقاس زمنها وحدها؛ وتصف النسب المئوية متوسطات الدفعات.</translation>
    </message>
    <message>
        <source>median rate (lowest band)</source>
        <translation>المعدل الوسيط (أدنى نطاق)</translation>
    </message>
    <message>
        <source>median rate (peak load)</source>
        <translation>المعدل الوسيط (ذروة الحمل)</translation>
    </message>
    <message>
        <source>Parse a whatsapp-web.js text message</source>
        <translation>تحليل رسالة نصية من whatsapp-web.js</translation>
    </message>
    <message>
        <source>Parse a Cloud API webhook envelope</source>
        <translation>تحليل غلاف webhook من Cloud API</translation>
    </message>
    <message>
        <source>Parse a mixed message corpus (messages/s)</source>
        <translation>تحليل مجموعة رسائل متنوعة (رسالة/ثانية)</translation>
    </message>
    <message>
        <source>Route and run help / status / property list</source>
        <translation>توجيه الأوامر help وstatus وproperty list وتنفيذها</translation>
    </message>
    <message>
        <source>Property search and contact search over a seeded store</source>
        <translation>البحث في العقارات وجهات الاتصال ضمن قاعدة بيانات مُعبّأة</translation>
    </message>
    <message>
        <source>Mixed commands (commands/s)</source>
        <translation>أوامر متنوعة (أمر/ثانية)</translation>
    </message>
    <message>
        <source>Point read by key and indexed search</source>
        <translation>قراءة مباشرة بالمفتاح وبحث مفهرس</translation>
    </message>
    <message>
        <source>Read 100 rows; write 100 rows in one transaction</source>
        <translation>قراءة 100 صف؛ كتابة 100 صف في معاملة واحدة</translation>
    </message>
    <message>
        <source>Sync a 100-contact vCard into the store</source>
        <translation>مزامنة ملف vCard من 100 جهة اتصال مع قاعدة البيانات</translation>
    </message>
    <message>
        <source>Sync a 10,000-contact file (contacts/s)</source>
        <translation>مزامنة ملف من 10,000 جهة اتصال (جهة اتصال/ثانية)</translation>
    </message>
    <message>
        <source>Every baseline operation against its expected cost</source>
        <translation>كل عملية مرجعية مقارنةً بتكلفتها المتوقعة</translation>
    </message>
    <message>
        <source>Parse a large generated chat export (lines/s)</source>
        <translation>تحليل ملف محادثة مصدَّرة كبير مولَّد (سطر/ثانية)</translation>
    </message>
    <message>
        <source>Normalize a phone number to E.164</source>
        <translation>تحويل رقم هاتف إلى صيغة E.164</translation>
    </message>
    <message>
        <source>100 messages at once: time to the last reply</source>
        <translation>100 رسالة دفعة واحدة: الزمن حتى آخر رد</translation>
    </message>
    <message>
        <source>Replies of one chat leave in message order</source>
        <translation>ردود المحادثة الواحدة تُرسَل بترتيب الرسائل</translation>
    </message>
    <message>
        <source>1000 commands at concurrency 10</source>
        <translation>1000 أمر بتزامن 10</translation>
    </message>
    <message>
        <source>Submit faster than a bounded queue drains; nothing lost</source>
        <translation>الإرسال أسرع من تفريغ قائمة انتظار محدودة؛ دون فقدان أي عنصر</translation>
    </message>
    <message>
        <source>500 writes from 50 writers</source>
        <translation>500 عملية كتابة من 50 كاتباً</translation>
    </message>
    <message>
        <source>Rows and checksums match after concurrent writes</source>
        <translation>تطابق الصفوف ومجاميع التحقق بعد الكتابة المتزامنة</translation>
    </message>
    <message>
        <source>50 sessions doing 500 operations</source>
        <translation>50 جلسة تنفّذ 500 عملية</translation>
    </message>
    <message>
        <source>Idle sessions expire and the sweep leaves none</source>
        <translation>الجلسات الخاملة تنتهي ولا يُبقي التنظيف أياً منها</translation>
    </message>
    <message>
        <source>100 queued items, 4 workers</source>
        <translation>100 عنصر في قائمة الانتظار، 4 عمال</translation>
    </message>
    <message>
        <source>Queue throughput with 1, 2, 4 and 8 workers</source>
        <translation>إنتاجية قائمة الانتظار مع 1 و2 و4 و8 عمال</translation>
    </message>
    <message>
        <source>Light arrival rate</source>
        <translation>معدل وصول منخفض</translation>
    </message>
    <message>
        <source>Medium arrival rate</source>
        <translation>معدل وصول متوسط</translation>
    </message>
    <message>
        <source>Heavy arrival rate</source>
        <translation>معدل وصول مرتفع</translation>
    </message>
    <message>
        <source>Traffic spike</source>
        <translation>ذروة مفاجئة في الرسائل</translation>
    </message>
    <message>
        <source>Subscribe and drop event listeners</source>
        <translation>الاشتراك في مستمعي الأحداث وإزالتهم</translation>
    </message>
    <message>
        <source>Register and drop message handlers</source>
        <translation>تسجيل معالجات الرسائل وإزالتها</translation>
    </message>
    <message>
        <source>Create and expire sessions</source>
        <translation>إنشاء الجلسات وإنهاؤها</translation>
    </message>
    <message>
        <source>Open and release store connections</source>
        <translation>فتح اتصالات قاعدة البيانات وتحريرها</translation>
    </message>
    <message>
        <source>Heap and RSS of a freshly started engine</source>
        <translation>ذاكرة heap وRSS لمحرك بدأ للتو</translation>
    </message>
    <message>
        <source>Heap after each of 1000 handled messages</source>
        <translation>ذاكرة heap بعد كل رسالة من 1000 رسالة معالَجة</translation>
    </message>
    <message>
        <source>Longest housekeeping stall and its share of run time</source>
        <translation>أطول توقف لأعمال الصيانة وحصتها من زمن التشغيل</translation>
    </message>
    <message>
        <source>Share of the workload's heap growth returned after release</source>
        <translation>حصة نمو ذاكرة heap لعبء العمل المستعادة بعد التحرير</translation>
    </message>
    <message>
        <source>The baseline operation %1 failed: %2</source>
        <translation>فشلت العملية المرجعية %1: %2</translation>
    </message>
    <message>
        <source>queue full</source>
        <translation>قائمة الانتظار ممتلئة</translation>
    </message>
    <message>
        <source>timed out</source>
        <translation>انتهت المهلة</translation>
    </message>
    <message>
        <source>The seeded store holds no properties.</source>
        <translation>لا تحتوي قاعدة البيانات المُعبّأة على أي عقار.</translation>
    </message>
    <message>
        <source>median / expected by operation</source>
        <translation>الوسيط / المتوقع حسب العملية</translation>
    </message>
    <message>
        <source>The baseline operation %1 has no measurement in this build.</source>
        <translation>لا يوجد قياس للعملية المرجعية %1 في هذا البناء.</translation>
    </message>
    <message>
        <source>%1 median / expected</source>
        <translation>%1 الوسيط / المتوقع</translation>
    </message>
    <message>
        <source>'%1' was not read as a command.</source>
        <translation>لم يُقرأ '%1' على أنه أمر.</translation>
    </message>
    <message>
        <source>The command '%1' failed: %2</source>
        <translation>فشل الأمر '%1': %2</translation>
    </message>
    <message>
        <source>The seeded store holds no properties to read.</source>
        <translation>لا تحتوي قاعدة البيانات المُعبّأة على عقارات للقراءة.</translation>
    </message>
    <message>
        <source>A point read found no row: %1</source>
        <translation>لم تجد القراءة المباشرة أي صف: %1</translation>
    </message>
    <message>
        <source>An indexed search failed: %1</source>
        <translation>فشل البحث المفهرس: %1</translation>
    </message>
    <message>
        <source>Reading %1 rows returned fewer: %2</source>
        <translation>أعادت قراءة %1 صف عدداً أقل: %2</translation>
    </message>
    <message>
        <source>Writing %1 rows in one transaction failed: %2</source>
        <translation>فشلت كتابة %1 صف في معاملة واحدة: %2</translation>
    </message>
    <message>
        <source>p95 latency of a 100-row write</source>
        <translation>زمن الاستجابة p95 لكتابة 100 صف</translation>
    </message>
    <message>
        <source>batch-write median / expected</source>
        <translation>وسيط الكتابة المجمّعة / المتوقع</translation>
    </message>
    <message>
        <source>The generated vCard did not parse: line %1: %2</source>
        <translation>تعذر تحليل ملف vCard المولَّد: السطر %1: %2</translation>
    </message>
    <message>
        <source>The contact sync failed: %1</source>
        <translation>فشلت مزامنة جهات الاتصال: %1</translation>
    </message>
    <message>
        <source>This profile syncs files of %1 contacts instead of %2.</source>
        <translation>يزامن نمط التشغيل هذا ملفات من %1 جهة اتصال بدلاً من %2.</translation>
    </message>
    <message>
        <source>libphonenumber accepted none of the sample numbers.</source>
        <translation>لم تقبل libphonenumber أياً من أرقام العينة.</translation>
    </message>
    <message>
        <source>The engine's queue did not take message %1.</source>
        <translation>لم تقبل قائمة انتظار المحرك الرسالة %1.</translation>
    </message>
    <message>
        <source>Only %1 of %2 messages were answered within %3 s.</source>
        <translation>لم تتلقَّ ردّاً خلال %3 ثانية إلا %1 من أصل %2 رسالة.</translation>
    </message>
    <message>
        <source>time to the last reply</source>
        <translation>الزمن حتى آخر رد</translation>
    </message>
    <message>
        <source>messages handled per batch</source>
        <translation>الرسائل المعالَجة في كل دفعة</translation>
    </message>
    <message>
        <source>order violations</source>
        <translation>مخالفات الترتيب</translation>
    </message>
    <message>
        <source>replies received</source>
        <translation>الردود المستلمة</translation>
    </message>
    <message>
        <source>First failed command: %1</source>
        <translation>أول أمر فاشل: %1</translation>
    </message>
    <message>
        <source>time for all commands</source>
        <translation>زمن تنفيذ جميع الأوامر</translation>
    </message>
    <message>
        <source>p95 command latency</source>
        <translation>زمن استجابة الأوامر p95</translation>
    </message>
    <message>
        <source>failed commands</source>
        <translation>الأوامر الفاشلة</translation>
    </message>
    <message>
        <source>lost or rejected messages</source>
        <translation>الرسائل المفقودة أو المرفوضة</translation>
    </message>
    <message>
        <source>First failed write: %1</source>
        <translation>أول عملية كتابة فاشلة: %1</translation>
    </message>
    <message>
        <source>time for all writes</source>
        <translation>زمن جميع عمليات الكتابة</translation>
    </message>
    <message>
        <source>succeeded writes</source>
        <translation>عمليات الكتابة الناجحة</translation>
    </message>
    <message>
        <source>Reading back the written rows failed: %1</source>
        <translation>فشلت قراءة الصفوف المكتوبة: %1</translation>
    </message>
    <message>
        <source>writers whose rows or checksum differ</source>
        <translation>الكتّاب الذين تختلف صفوفهم أو مجموع التحقق لديهم</translation>
    </message>
    <message>
        <source>failed writes</source>
        <translation>عمليات الكتابة الفاشلة</translation>
    </message>
    <message>
        <source>rows read back</source>
        <translation>الصفوف المقروءة</translation>
    </message>
    <message>
        <source>The fixtures give no duration for this scenario; no time limit is judged.</source>
        <translation>لا تحدد البيانات المرجعية مدة لهذا السيناريو؛ لذا لا يُحكم على أي حد زمني.</translation>
    </message>
    <message>
        <source>time for all operations</source>
        <translation>زمن جميع العمليات</translation>
    </message>
    <message>
        <source>sessions open</source>
        <translation>الجلسات المفتوحة</translation>
    </message>
    <message>
        <source>operations handled</source>
        <translation>العمليات المعالَجة</translation>
    </message>
    <message>
        <source>sessions opened</source>
        <translation>الجلسات التي فُتحت</translation>
    </message>
    <message>
        <source>sessions left after the sweep</source>
        <translation>الجلسات المتبقية بعد التنظيف</translation>
    </message>
    <message>
        <source>time to open the rapid sessions</source>
        <translation>زمن فتح الجلسات المتتابعة بسرعة</translation>
    </message>
    <message>
        <source>time for the queued items</source>
        <translation>زمن معالجة عناصر قائمة الانتظار</translation>
    </message>
    <message>
        <source>items per second</source>
        <translation>عنصر/ثانية</translation>
    </message>
    <message>
        <source>throughput by workers</source>
        <translation>الإنتاجية حسب عدد العمال</translation>
    </message>
    <message>
        <source>The fixtures give no arrival rate or duration for %1.</source>
        <translation>لا تحدد البيانات المرجعية معدل وصول أو مدة لـ %1.</translation>
    </message>
    <message>
        <source>This profile runs the scenario for %1 s instead of %2 s at the same rate; the expected handled count is scaled to match.</source>
        <translation>يشغّل نمط التشغيل هذا السيناريو لمدة %1 ثانية بدلاً من %2 ثانية بالمعدل نفسه؛ ويُعدَّل العدد المتوقع للرسائل المعالَجة بالنسبة نفسها.</translation>
    </message>
    <message>
        <source>messages handled</source>
        <translation>الرسائل المعالَجة</translation>
    </message>
    <message>
        <source>%1 of %2 messages were sent more than 1 ms after their intended time; their latency includes that delay.</source>
        <translation>أُرسلت %1 من أصل %2 رسالة بعد موعدها المقرر بأكثر من 1 ms؛ ويتضمن زمن استجابتها هذا التأخير.</translation>
    </message>
    <message>
        <source>Allocation counts unavailable: this executable was built without the allocation hooks.</source>
        <translation>أعداد عمليات التخصيص غير متاحة: بُني هذا البرنامج دون خطافات التخصيص.</translation>
    </message>
    <message>
        <source>live allocations left</source>
        <translation>عمليات التخصيص الحية المتبقية</translation>
    </message>
    <message>
        <source>objects left</source>
        <translation>الكائنات المتبقية</translation>
    </message>
    <message>
        <source>The handlers were called %1 times for %2 messages.</source>
        <translation>استُدعيت المعالجات %1 مرة لـ %2 رسالة.</translation>
    </message>
    <message>
        <source>peak connections</source>
        <translation>أقصى عدد من الاتصالات</translation>
    </message>
    <message>
        <source>failed reads</source>
        <translation>عمليات القراءة الفاشلة</translation>
    </message>
    <message>
        <source>engine heap or RSS increase at start</source>
        <translation>زيادة heap أو RSS للمحرك عند البدء</translation>
    </message>
    <message>
        <source>heap in use</source>
        <translation>ذاكرة heap المستخدمة</translation>
    </message>
    <message>
        <source>heap growth per 1000 messages</source>
        <translation>نمو ذاكرة heap لكل 1000 رسالة</translation>
    </message>
    <message>
        <source>peak heap in use</source>
        <translation>أقصى استخدام لذاكرة heap</translation>
    </message>
    <message>
        <source>peak heap increase</source>
        <translation>أقصى زيادة في ذاكرة heap</translation>
    </message>
    <message>
        <source>The sweeps expired %1 of %2 idle sessions.</source>
        <translation>أنهت عمليات التنظيف %1 من أصل %2 جلسة خاملة.</translation>
    </message>
    <message>
        <source>longest housekeeping stall</source>
        <translation>أطول توقف لأعمال الصيانة</translation>
    </message>
    <message>
        <source>housekeeping share of run time</source>
        <translation>حصة أعمال الصيانة من زمن التشغيل</translation>
    </message>
    <message>
        <source>heap growth returned</source>
        <translation>نمو ذاكرة heap المستعاد</translation>
    </message>
    <message>
        <source>The whatsapp-web.js message did not parse: %1</source>
        <translation>تعذر تحليل رسالة whatsapp-web.js: %1</translation>
    </message>
    <message>
        <source>The webhook envelope did not parse: %1</source>
        <translation>تعذر تحليل غلاف webhook: %1</translation>
    </message>
    <message>
        <source>The webhook envelope gave %1 records instead of %2.</source>
        <translation>أعطى غلاف webhook %1 سجلاً بدلاً من %2.</translation>
    </message>
    <message>
        <source>No message of the corpus parsed.</source>
        <translation>لم تُحلَّل أي رسالة من المجموعة.</translation>
    </message>
    <message>
        <source>The generated chat export did not parse: %1</source>
        <translation>تعذر تحليل ملف المحادثة المصدَّرة المولَّد: %1</translation>
    </message>
    <message>
        <source>This profile parses files of %1 lines instead of %2.</source>
        <translation>يحلل نمط التشغيل هذا ملفات من %1 سطر بدلاً من %2.</translation>
    </message>
    <message>
        <source>Cannot open the case's store: %1</source>
        <translation>تعذر فتح قاعدة بيانات الحالة: %1</translation>
    </message>
    <message>
        <source>Cannot seed the case's store with demo data: %1</source>
        <translation>تعذر تعبئة قاعدة بيانات الحالة بالبيانات التجريبية: %1</translation>
    </message>
    <message>
        <source>Cannot register the built-in commands: %1</source>
        <translation>تعذر تسجيل الأوامر المدمجة: %1</translation>
    </message>
    <message>
        <source>Cannot start the engine: %1</source>
        <translation>تعذر تشغيل المحرك: %1</translation>
    </message>
    <message>
        <source>queue depth</source>
        <translation>عمق قائمة الانتظار</translation>
    </message>
    <message>
        <source>busy workers</source>
        <translation>العمال المشغولون</translation>
    </message>
    <message>
        <source>sessions</source>
        <translation>الجلسات</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>غير معروف</translation>
    </message>
    <message>
        <source>Build type is '%1', not an optimized build: timings are not representative.</source>
        <translation>نوع البناء هو '%1' وليس بناءً محسَّناً: الأزمنة المقاسة لا تمثّل الأداء الفعلي.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>لا شيء</translation>
    </message>
    <message>
        <source>CPU frequency scaling governor is '%1', not 'performance': timings may vary.</source>
        <translation>حاكم تردد CPU هو '%1' وليس 'performance': قد تتفاوت الأزمنة المقاسة.</translation>
    </message>
    <message>
        <source>Load average %1 is above the %2 cores: other processes compete for the CPU.</source>
        <translation>متوسط الحمل %1 أعلى من عدد الأنوية %2: عمليات أخرى تنافس على CPU.</translation>
    </message>
    <message>
        <source>'%1' is not a comparison target; use previous, baseline or a run id from 'history list'.</source>
        <translation>'%1' ليس هدفاً صالحاً للمقارنة؛ استخدم previous أو baseline أو معرّف تشغيل من 'history list'.</translation>
    </message>
    <message>
        <source>No baseline run is saved for the %1 profile; mark one with 'linda-dashboard history baseline RUN_ID'.</source>
        <translation>لا يوجد تشغيل مرجعي محفوظ لنمط التشغيل %1؛ حدّد واحداً بالأمر 'linda-dashboard history baseline RUN_ID'.</translation>
    </message>
    <message>
        <source>There is no run %1 in the history; 'linda-dashboard history list' shows the saved runs.</source>
        <translation>لا يوجد تشغيل %1 في السجل؛ يعرض الأمر 'linda-dashboard history list' عمليات التشغيل المحفوظة.</translation>
    </message>
    <message>
        <source>case</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>against</source>
        <translation>مقابل</translation>
    </message>
    <message>
        <source>before</source>
        <translation>قبل</translation>
    </message>
    <message>
        <source>now</source>
        <translation>الآن</translation>
    </message>
    <message>
        <source>change</source>
        <translation>التغيّر</translation>
    </message>
    <message>
        <source>p-value</source>
        <translation>قيمة p</translation>
    </message>
    <message>
        <source>verdict</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <source>run %1</source>
        <translation>التشغيل %1</translation>
    </message>
    <message>
        <source>%1 regressions (%2 critical, %3 high, %4 medium), %5 improvements, %6 unchanged, %7 without reference, %8 not comparable. A change counts when p &lt; %9 and the medians differ by at least %10 %.</source>
        <translation>حالات التراجع: %1 (حرجة %2، مرتفعة %3، متوسطة %4)، التحسّن: %5، دون تغيّر: %6، دون مرجع: %7، غير قابلة للمقارنة: %8. يُحتسب التغيّر عندما تكون p &lt; %9 ويختلف الوسيطان بنسبة %10 % على الأقل.</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>دون تغيير</translation>
    </message>
    <message>
        <source>regression</source>
        <translation>تراجع</translation>
    </message>
    <message>
        <source>improvement</source>
        <translation>تحسّن</translation>
    </message>
    <message>
        <source>new</source>
        <translation>جديدة</translation>
    </message>
    <message>
        <source>not comparable</source>
        <translation>غير قابل للمقارنة</translation>
    </message>
    <message>
        <source>One of the runs has no samples.</source>
        <translation>أحد التشغيلين بلا عينات.</translation>
    </message>
    <message>
        <source>The reference median is 0, so a relative change is undefined.</source>
        <translation>وسيط المرجع يساوي 0، لذا لا يمكن حساب التغيّر النسبي.</translation>
    </message>
    <message>
        <source>This run has no samples for the case.</source>
        <translation>لا توجد عينات للحالة في هذا التشغيل.</translation>
    </message>
    <message>
        <source>The case did not finish in this run (%1).</source>
        <translation>لم تكتمل الحالة في هذا التشغيل (%1).</translation>
    </message>
    <message>
        <source>The reference run has no usable result for the case.</source>
        <translation>لا توجد في التشغيل المرجعي نتيجة صالحة للحالة.</translation>
    </message>
    <message>
        <source>The sample units differ (%1 before, %2 now).</source>
        <translation>وحدات العينات مختلفة (%1 قبل، %2 الآن).</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation>قيمة منطقية</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>رقم</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>نص</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>مصفوفة</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>كائن</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>لا شيء</translation>
    </message>
    <message>
        <source>the member is missing; expected %1.</source>
        <translation>العضو مفقود؛ المتوقع %1.</translation>
    </message>
    <message>
        <source>expected %1, found %2.</source>
        <translation>المتوقع %1، والموجود %2.</translation>
    </message>
    <message>
        <source>expected a whole number, found %1.</source>
        <translation>المتوقع عدد صحيح، والموجود %1.</translation>
    </message>
    <message>
        <source>'%1' is not an ISO 8601 date and time.</source>
        <translation>'%1' ليس تاريخاً ووقتاً بصيغة ISO 8601.</translation>
    </message>
    <message>
        <source>expected a string, found %1.</source>
        <translation>المتوقع نص، والموجود %1.</translation>
    </message>
    <message>
        <source>'%1' is not a known value.</source>
        <translation>'%1' ليست قيمة معروفة.</translation>
    </message>
    <message>
        <source>the case id is empty.</source>
        <translation>معرّف الحالة فارغ.</translation>
    </message>
    <message>
        <source>expected an array of two numbers [x, y].</source>
        <translation>المتوقع مصفوفة من رقمين [x, y].</translation>
    </message>
    <message>
        <source>expected an object, found %1.</source>
        <translation>المتوقع كائن، والموجود %1.</translation>
    </message>
    <message>
        <source>expected a finite number, found %1.</source>
        <translation>المتوقع رقم منتهٍ، والموجود %1.</translation>
    </message>
    <message>
        <source>expected a number, found %1.</source>
        <translation>المتوقع رقم، والموجود %1.</translation>
    </message>
    <message>
        <source>expected "%1", found "%2"; this is not an exported Linda Dashboard run.</source>
        <translation>المتوقع "%1"، والموجود "%2"؛ هذا ليس تشغيلاً مصدَّراً من Linda Dashboard.</translation>
    </message>
    <message>
        <source>version %1 is not supported; this build reads versions 1 to %2.</source>
        <translation>الإصدار %1 غير مدعوم؛ يقرأ هذا البناء الإصدارات من 1 إلى %2.</translation>
    </message>
    <message>
        <source>the top level is not a JSON object.</source>
        <translation>المستوى الأعلى ليس كائن JSON.</translation>
    </message>
    <message>
        <source>%1.%2: expected %3, found %4</source>
        <translation>%1.%2: المتوقع %3، والموجود %4</translation>
    </message>
    <message>
        <source>%1: unknown suite or kind</source>
        <translation>%1: مجموعة أو نوع غير معروف</translation>
    </message>
    <message>
        <source>$.format: expected "%1"</source>
        <translation>$.format: المتوقع "%1"</translation>
    </message>
    <message>
        <source>$.schemaVersion: version %1 is not supported; this build reads version %2</source>
        <translation>$.schemaVersion: الإصدار %1 غير مدعوم؛ يقرأ هذا البناء الإصدار %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>تعذرت الكتابة إلى %1: %2</translation>
    </message>
    <message>
        <source>benchmark</source>
        <translation>الأداء</translation>
    </message>
    <message>
        <source>load</source>
        <translation>الحمل</translation>
    </message>
    <message>
        <source>memory</source>
        <translation>الذاكرة</translation>
    </message>
    <message>
        <source>latency</source>
        <translation>زمن الاستجابة</translation>
    </message>
    <message>
        <source>throughput</source>
        <translation>الإنتاجية</translation>
    </message>
    <message>
        <source>correctness</source>
        <translation>صحة النتائج</translation>
    </message>
    <message>
        <source>not run</source>
        <translation>لم يُشغَّل</translation>
    </message>
    <message>
        <source>pass</source>
        <translation>نجاح</translation>
    </message>
    <message>
        <source>warn</source>
        <translation>تحذير</translation>
    </message>
    <message>
        <source>fail</source>
        <translation>فشل</translation>
    </message>
    <message>
        <source>error</source>
        <translation>خطأ</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>أُلغي</translation>
    </message>
    <message>
        <source>Only %1 samples: p99 is interpolated from the largest values.</source>
        <translation>%1 عينة فقط: قيمة p99 مستكملة من أكبر القيم.</translation>
    </message>
    <message>
        <source>Unstable result: coefficient of variation %1 % is above %2 %.</source>
        <translation>نتيجة غير مستقرة: معامل الاختلاف %1 % أعلى من %2 %.</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>متوسطة</translation>
    </message>
    <message>
        <source>high</source>
        <translation>مرتفعة</translation>
    </message>
    <message>
        <source>critical</source>
        <translation>حرجة</translation>
    </message>
    <message>
        <source>No limit applies; the figures are reported only.</source>
        <translation>لا ينطبق أي حد؛ الأرقام للاطلاع فقط.</translation>
    </message>
    <message>
        <source>minimum</source>
        <translation>الحد الأدنى</translation>
    </message>
    <message>
        <source>maximum</source>
        <translation>الحد الأقصى</translation>
    </message>
    <message>
        <source>%1 %2 %3 against a %4 of %5 %3.</source>
        <translation>%1 %2 %3، و%4 %5 %3.</translation>
    </message>
    <message>
        <source>quick</source>
        <translation>سريع</translation>
    </message>
    <message>
        <source>default</source>
        <translation>افتراضي</translation>
    </message>
    <message>
        <source>thorough</source>
        <translation>شامل</translation>
    </message>
    <message>
        <source>%1 %2 against a %3 of %4.</source>
        <translation>%1 %2، و%3 %4.</translation>
    </message>
    <message>
        <source>Each point is %1 messages from %2 chats, timed to the commit of the last message-log row.</source>
        <translation>كل نقطة تمثّل %1 رسالة من %2 محادثة، ويُقاس زمنها حتى تثبيت آخر صف في سجل الرسائل.</translation>
    </message>
    <message>
        <source>comparison with %1: median %2 before, %3 now (%4), p-value %5: %6</source>
        <translation>المقارنة مع %1: الوسيط %2 قبل، و%3 الآن (%4)، قيمة p ‏%5: %6</translation>
    </message>
    <message>
        <source>comparison with %1: %2</source>
        <translation>المقارنة مع %1: %2</translation>
    </message>
    <message>
        <source>critical regression against %1: the median changed by %2</source>
        <translation>تراجع حرج مقارنةً بـ %1: تغيّر الوسيط بمقدار %2</translation>
    </message>
    <message>
        <source>line %1, column %2: %3.</source>
        <translation>السطر %1، العمود %2: %3.</translation>
    </message>
</context>
<context>
    <name>linda::bench::HistoryDatabase</name>
    <message>
        <source>The history database %1 is locked by another process (%2). Close the other Linda Dashboard or wait for its run to finish, then try again.</source>
        <translation>قاعدة بيانات السجل %1 مقفلة من عملية أخرى (%2). أغلق نسخة Linda Dashboard الأخرى أو انتظر حتى ينتهي تشغيلها، ثم حاول مجدداً.</translation>
    </message>
    <message>
        <source>A query on the history database %1 failed: %2</source>
        <translation>فشل استعلام على قاعدة بيانات السجل %1: %2</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the history database.</source>
        <translation>تعذر إنشاء المجلد %1 لقاعدة بيانات السجل.</translation>
    </message>
    <message>
        <source>Cannot read the history database %1: %2</source>
        <translation>تعذرت قراءة قاعدة بيانات السجل %1: %2</translation>
    </message>
    <message>
        <source>is not an SQLite database</source>
        <translation>ليست قاعدة بيانات SQLite</translation>
    </message>
    <message>
        <source>could not be opened (%1)</source>
        <translation>تعذر فتحها (%1)</translation>
    </message>
    <message>
        <source>failed the SQLite integrity check (%1)</source>
        <translation>فشلت في فحص سلامة SQLite (%1)</translation>
    </message>
    <message>
        <source>belongs to another application (SQLite application_id %1, %2 tables)</source>
        <translation>تخص تطبيقاً آخر (SQLite application_id %1، وعدد الجداول %2)</translation>
    </message>
    <message>
        <source>The history database %1 has schema version %2, but this build reads up to version %3. Use a newer Linda Dashboard, or point LINDA_HISTORY_DB at another file.</source>
        <translation>إصدار مخطط قاعدة بيانات السجل %1 هو %2، لكن هذا البناء يقرأ الإصدارات حتى %3. استخدم إصداراً أحدث من Linda Dashboard، أو اجعل LINDA_HISTORY_DB يشير إلى ملف آخر.</translation>
    </message>
    <message>
        <source>lacks the table %1 of schema version %2</source>
        <translation>ينقصها الجدول %1 من إصدار المخطط %2</translation>
    </message>
    <message>
        <source>The history database %1 %2, and it could not be moved to %3. Move or delete it yourself, then start again.</source>
        <translation>قاعدة بيانات السجل %1 %2، وتعذر نقلها إلى %3. انقلها أو احذفها بنفسك، ثم ابدأ من جديد.</translation>
    </message>
    <message>
        <source>The history database %1 %2. It was moved to %3 and a new, empty history was created.</source>
        <translation>قاعدة بيانات السجل %1 %2. نُقلت إلى %3 وأُنشئ سجل جديد فارغ.</translation>
    </message>
    <message>
        <source>Cannot open the history database %1: %2</source>
        <translation>تعذر فتح قاعدة بيانات السجل %1: %2</translation>
    </message>
    <message>
        <source>Cannot configure the history database %1 (%2): %3</source>
        <translation>تعذر ضبط قاعدة بيانات السجل %1 (%2): %3</translation>
    </message>
    <message>
        <source>Cannot start the schema upgrade of %1: %2</source>
        <translation>تعذر بدء ترقية مخطط %1: %2</translation>
    </message>
    <message>
        <source>Upgrading the history database %1 to schema version %2 failed: %3</source>
        <translation>فشلت ترقية قاعدة بيانات السجل %1 إلى إصدار المخطط %2: %3</translation>
    </message>
    <message>
        <source>Cannot commit the schema upgrade of %1: %2</source>
        <translation>تعذر تثبيت ترقية مخطط %1: %2</translation>
    </message>
    <message>
        <source>The history database %1 is not open.</source>
        <translation>قاعدة بيانات السجل %1 غير مفتوحة.</translation>
    </message>
    <message>
        <source>Cannot start saving a run to %1: %2</source>
        <translation>تعذر بدء حفظ التشغيل في %1: %2</translation>
    </message>
    <message>
        <source>Cannot commit the run to %1: %2</source>
        <translation>تعذر تثبيت التشغيل في %1: %2</translation>
    </message>
    <message>
        <source>A stored case in %1 could not be read: %2</source>
        <translation>تعذرت قراءة حالة مخزنة في %1: %2</translation>
    </message>
    <message>
        <source>Run %1 in %2 could not be read: %3</source>
        <translation>تعذرت قراءة التشغيل %1 في %2: %3</translation>
    </message>
    <message>
        <source>There is no run %1 in %2.</source>
        <translation>لا يوجد تشغيل %1 في %2.</translation>
    </message>
    <message>
        <source>Cannot start a transaction on %1: %2</source>
        <translation>تعذر بدء معاملة على %1: %2</translation>
    </message>
    <message>
        <source>The file %1 is not a Linda Dashboard history: it %2. It was left unchanged. Name a history file, or a path where a new history can be created.</source>
        <translation>الملف %1 ليس سجلّ تشغيلات للوحة Linda: %2. لم يُغيَّر الملف. حدّد ملف سجلّ، أو مسارًا يمكن إنشاء سجلّ جديد فيه.</translation>
    </message>
</context>
<context>
    <name>linda::bench::Runner</name>
    <message>
        <source>The fixtures could not be loaded:
%1</source>
        <translation>تعذر تحميل البيانات المرجعية:
%1</translation>
    </message>
    <message>
        <source>Unknown case id '%1'.</source>
        <translation>معرّف الحالة '%1' غير معروف.</translation>
    </message>
    <message>
        <source>bundled fixtures</source>
        <translation>البيانات المرجعية المضمّنة</translation>
    </message>
    <message>
        <source>The case %1 is not implemented in this build.</source>
        <translation>الحالة %1 غير منفذة في هذا البناء.</translation>
    </message>
    <message>
        <source>Cannot create a temporary folder for the case: %1</source>
        <translation>تعذر إنشاء مجلد مؤقت للحالة: %1</translation>
    </message>
    <message>
        <source>The run was cancelled while this case ran.</source>
        <translation>أُلغي التشغيل أثناء تنفيذ هذه الحالة.</translation>
    </message>
    <message>
        <source>The case threw an exception that is not a std::exception.</source>
        <translation>أطلقت الحالة استثناءً ليس من نوع std::exception.</translation>
    </message>
    <message>
        <source>The run was cancelled before this case started.</source>
        <translation>أُلغي التشغيل قبل أن تبدأ هذه الحالة.</translation>
    </message>
</context>
<context>
    <name>linda::bench::SelfCheck</name>
    <message>
        <source>parse a Cloud API webhook envelope (%1 messages and a status)</source>
        <translation>تحليل غلاف webhook من Cloud API (%1 رسالة وحالة واحدة)</translation>
    </message>
</context>
<context>
    <name>linda::cli</name>
    <message>
        <source>Try '%1 --help'.</source>
        <translation>جرّب '%1 --help'.</translation>
    </message>
    <message>
        <source>must be on</source>
        <translation>يجب أن يكون مفعّلاً</translation>
    </message>
    <message>
        <source>may be off</source>
        <translation>يمكن أن يكون متوقفاً</translation>
    </message>
    <message>
        <source>max %1 %2</source>
        <translation>الحد الأقصى %1 %2</translation>
    </message>
    <message>
        <source> for %1 items</source>
        <translation> لـ %1 عنصر</translation>
    </message>
    <message>
        <source>Thresholds</source>
        <translation>الحدود</translation>
    </message>
    <message>
        <source>Performance bands, latency ms and throughput ops/s</source>
        <translation>نطاقات الأداء، زمن الاستجابة بـ ms والإنتاجية بـ ops/s</translation>
    </message>
    <message>
        <source>Baseline operations, expected ms and tolerance %</source>
        <translation>العمليات المرجعية، الزمن المتوقع بـ ms ونسبة التسامح %</translation>
    </message>
    <message>
        <source>Throughput expectations in ops/s, light / moderate / heavy / peak</source>
        <translation>الإنتاجية المتوقعة بـ ops/s، خفيف / معتدل / كثيف / ذروة</translation>
    </message>
    <message>
        <source>Memory expectations, RSS MB / heap MB</source>
        <translation>الذاكرة المتوقعة، RSS بـ MB / heap بـ MB</translation>
    </message>
    <message>
        <source>count %1</source>
        <translation>العدد %1</translation>
    </message>
    <message>
        <source>concurrency %1</source>
        <translation>التزامن %1</translation>
    </message>
    <message>
        <source>%1 workers</source>
        <translation>%1 عامل</translation>
    </message>
    <message>
        <source>%1 sessions</source>
        <translation>%1 جلسة</translation>
    </message>
    <message>
        <source>within %1 ms</source>
        <translation>خلال %1 ms</translation>
    </message>
    <message>
        <source>at least %1 succeed</source>
        <translation>نجاح %1 على الأقل</translation>
    </message>
    <message>
        <source>at least %1 items/s</source>
        <translation>%1 عنصر/ثانية على الأقل</translation>
    </message>
    <message>
        <source>%1 handled</source>
        <translation>تمت معالجة %1</translation>
    </message>
    <message>
        <source>%1 bytes per item</source>
        <translation>%1 بايت لكل عنصر</translation>
    </message>
    <message>
        <source>%1 per second</source>
        <translation>%1 في الثانية</translation>
    </message>
    <message>
        <source>all at once</source>
        <translation>دفعة واحدة</translation>
    </message>
    <message>
        <source>active %1 ms</source>
        <translation>نشط %1 ms</translation>
    </message>
    <message>
        <source>idle timeout %1 ms</source>
        <translation>مهلة عدم النشاط %1 ms</translation>
    </message>
    <message>
        <source>Arrival-rate scenarios</source>
        <translation>سيناريوهات معدل الوصول</translation>
    </message>
    <message>
        <source>%1 connections, %2 msg/s for %3 s, %4 handled (key '%5')</source>
        <translation>%1 اتصال، %2 رسالة/ثانية لمدة %3 ثانية، تمت معالجة %4 (المفتاح '%5')</translation>
    </message>
    <message>
        <source>Batch scenarios matched to load cases</source>
        <translation>سيناريوهات الدفعات المطابقة لحالات الحمل</translation>
    </message>
    <message>
        <source>(key '%1')</source>
        <translation>(المفتاح '%1')</translation>
    </message>
    <message>
        <source>Session patterns</source>
        <translation>أنماط الجلسات</translation>
    </message>
    <message>
        <source>Memory limits</source>
        <translation>حدود الذاكرة</translation>
    </message>
    <message>
        <source>Leak scenarios, operations / tolerance / expected count</source>
        <translation>سيناريوهات التسرب، العمليات / التسامح / العدد المتوقع</translation>
    </message>
    <message>
        <source>Ignored</source>
        <translation>متجاهَل</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <source>Fixtures in %1 (%2 format)</source>
        <translation>البيانات المرجعية في %1 (بصيغة %2)</translation>
    </message>
    <message>
        <source>Files read, highest precedence first:</source>
        <translation>الملفات المقروءة، الأعلى أولوية أولاً:</translation>
    </message>
    <message>
        <source>Load the fixtures in DIR (bundled format, or a Linda suite's performance-fixtures/ or fixtures/ folder or their parent) and print every value with the file and JSON path it came from.</source>
        <translation>حمّل البيانات المرجعية من DIR (الصيغة المضمّنة، أو مجلد performance-fixtures/ أو fixtures/ لمجموعة اختبارات Linda أو المجلد الأعلى منهما) واطبع كل قيمة مع الملف ومسار JSON الذي جاءت منه.</translation>
    </message>
    <message>
        <source>Folder with the fixture files.</source>
        <translation>المجلد الذي يحتوي على ملفات البيانات المرجعية.</translation>
    </message>
    <message>
        <source>Print the result as one JSON document.</source>
        <translation>اطبع النتيجة كمستند JSON واحد.</translation>
    </message>
    <message>
        <source>check-fixtures needs exactly one folder, e.g. 'check-fixtures fixtures/'.</source>
        <translation>يحتاج check-fixtures إلى مجلد واحد بالضبط، مثلاً 'check-fixtures fixtures/'.</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s); fix the files above and run check-fixtures again.</source>
        <translation>
            <numerusform>لا توجد أخطاء؛ أصلح الملفات أعلاه وشغّل check-fixtures مرة أخرى.</numerusform>
            <numerusform>خطأ واحد؛ أصلح الملفات أعلاه وشغّل check-fixtures مرة أخرى.</numerusform>
            <numerusform>خطآن؛ أصلح الملفات أعلاه وشغّل check-fixtures مرة أخرى.</numerusform>
            <numerusform>%n أخطاء؛ أصلح الملفات أعلاه وشغّل check-fixtures مرة أخرى.</numerusform>
            <numerusform>%n خطأً؛ أصلح الملفات أعلاه وشغّل check-fixtures مرة أخرى.</numerusform>
            <numerusform>%n خطأ؛ أصلح الملفات أعلاه وشغّل check-fixtures مرة أخرى.</numerusform>
        </translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>أُلغي</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>اكتمل</translation>
    </message>
    <message>
        <source>, imported</source>
        <translation>، مستورد</translation>
    </message>
    <message>
        <source>history: '%1' is not a run id; 'linda-dashboard history list' shows the ids.</source>
        <translation>history: '%1' ليس معرّف تشغيل؛ يعرض الأمر 'linda-dashboard history list' المعرّفات.</translation>
    </message>
    <message>
        <source>history: there is no run %1 in %2; 'linda-dashboard history list' shows the saved runs.</source>
        <translation>history: لا يوجد تشغيل %1 في %2؛ يعرض الأمر 'linda-dashboard history list' عمليات التشغيل المحفوظة.</translation>
    </message>
    <message>
        <source>The history %1 has no runs yet. 'linda-dashboard run' saves one.</source>
        <translation>لا يحتوي السجل %1 على أي تشغيل بعد. الأمر 'linda-dashboard run' يحفظ تشغيلاً.</translation>
    </message>
    <message>
        <source>id</source>
        <translation>المعرّف</translation>
    </message>
    <message>
        <source>started</source>
        <translation>البدء</translation>
    </message>
    <message>
        <source>profile</source>
        <translation>نمط التشغيل</translation>
    </message>
    <message>
        <source>status</source>
        <translation>status</translation>
    </message>
    <message>
        <source>cases</source>
        <translation>الحالات</translation>
    </message>
    <message>
        <source>pass/warn/fail/error</source>
        <translation>نجاح/تحذير/فشل/خطأ</translation>
    </message>
    <message>
        <source>baseline</source>
        <translation>المرجع</translation>
    </message>
    <message>
        <source>commit</source>
        <translation>الإيداع</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <source>Run %1: %2 profile, %3%4</source>
        <translation>التشغيل %1: نمط التشغيل %2، %3%4</translation>
    </message>
    <message>
        <source>, baseline of its profile</source>
        <translation>، مرجع نمط تشغيله</translation>
    </message>
    <message>
        <source>Started %1, finished %2</source>
        <translation>بدأ %1، وانتهى %2</translation>
    </message>
    <message>
        <source>Commit</source>
        <translation>الإيداع</translation>
    </message>
    <message>
        <source>Build</source>
        <translation>البناء</translation>
    </message>
    <message>
        <source>Compiler</source>
        <translation>المترجم</translation>
    </message>
    <message>
        <source>Qt</source>
        <translation>Qt</translation>
    </message>
    <message>
        <source>SQLite</source>
        <translation>SQLite</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>Cores</source>
        <translation>الأنوية</translation>
    </message>
    <message>
        <source>OS</source>
        <translation>نظام التشغيل</translation>
    </message>
    <message>
        <source>Fixtures</source>
        <translation>البيانات المرجعية</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>تحذير: %1</translation>
    </message>
    <message>
        <source>case</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>verdict</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <source>samples</source>
        <translation>العينات</translation>
    </message>
    <message>
        <source>median</source>
        <translation>الوسيط</translation>
    </message>
    <message>
        <source>p95</source>
        <translation>p95</translation>
    </message>
    <message>
        <source>measured</source>
        <translation>المقاس</translation>
    </message>
    <message>
        <source>threshold</source>
        <translation>الحد</translation>
    </message>
    <message>
        <source>Compared with the previous run of each case:</source>
        <translation>مقارنة بالتشغيل السابق لكل حالة:</translation>
    </message>
    <message>
        <source>history export: cannot write %1: %2</source>
        <translation>history export: تعذرت الكتابة إلى %1: %2</translation>
    </message>
    <message>
        <source>history export: writing %1 failed: %2</source>
        <translation>history export: فشلت كتابة %1: %2</translation>
    </message>
    <message>
        <source>Exported run %1 (%n case(s)) to %2.</source>
        <translation>صُدّر التشغيل %1 (بلا حالات) إلى %2.|||صُدّر التشغيل %1 (حالة واحدة) إلى %2.|||صُدّر التشغيل %1 (حالتان) إلى %2.|||صُدّر التشغيل %1 (%n حالات) إلى %2.|||صُدّر التشغيل %1 (%n حالة) إلى %2.|||صُدّر التشغيل %1 (%n حالة) إلى %2.</translation>
    </message>
    <message>
        <source>history import: cannot read %1: %2</source>
        <translation>history import: تعذرت قراءة %1: %2</translation>
    </message>
    <message>
        <source>history import: %1: %2 Nothing was imported.</source>
        <translation>history import: %1: %2 لم يُستورد شيء.</translation>
    </message>
    <message>
        <source>Imported %1 as run %2 (%n case(s)).</source>
        <translation>استُورد %1 بوصفه التشغيل %2 (بلا حالات).|||استُورد %1 بوصفه التشغيل %2 (حالة واحدة).|||استُورد %1 بوصفه التشغيل %2 (حالتان).|||استُورد %1 بوصفه التشغيل %2 (%n حالات).|||استُورد %1 بوصفه التشغيل %2 (%n حالة).|||استُورد %1 بوصفه التشغيل %2 (%n حالة).</translation>
    </message>
    <message>
        <source>history baseline: run %1 was cancelled, so some cases have no results; choose a completed run.</source>
        <translation>history baseline: أُلغي التشغيل %1، لذا لا توجد نتائج لبعض الحالات؛ اختر تشغيلاً مكتملاً.</translation>
    </message>
    <message>
        <source>Run %1 is now the baseline of the %2 profile.</source>
        <translation>أصبح التشغيل %1 الآن مرجع نمط التشغيل %2.</translation>
    </message>
    <message>
        <source>Deleted run %1 with its case results and samples.</source>
        <translation>حُذف التشغيل %1 مع نتائج حالاته وعيناته.</translation>
    </message>
    <message>
        <source>Work with the run history.
  list                 list the saved runs, newest first
  show RUN_ID          print a run's environment and cases, compared with the previous runs
  export RUN_ID FILE   write a run with its raw samples as JSON
  import FILE          add a run exported by 'history export'
  baseline RUN_ID      make a run the baseline of its profile (for 'run --compare baseline')
  delete RUN_ID        delete a run with its results and samples</source>
        <translation>إدارة سجل عمليات التشغيل.
  list                 عرض عمليات التشغيل المحفوظة، الأحدث أولاً
  show RUN_ID          طباعة بيئة التشغيل وحالاته مقارنة بعمليات التشغيل السابقة
  export RUN_ID FILE   كتابة تشغيل مع عيناته الخام بصيغة JSON
  import FILE          إضافة تشغيل صدّره الأمر 'history export'
  baseline RUN_ID      جعل التشغيل مرجعاً لنمط تشغيله (لـ 'run --compare baseline')
  delete RUN_ID        حذف تشغيل مع نتائجه وعيناته</translation>
    </message>
    <message>
        <source>list, show, export, import, baseline or delete.</source>
        <translation>list أو show أو export أو import أو baseline أو delete.</translation>
    </message>
    <message>
        <source>History database to use (default: $LINDA_HISTORY_DB, else %1).</source>
        <translation>قاعدة بيانات السجل المستخدمة (الافتراضي: $LINDA_HISTORY_DB، وإلا %1).</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>PATH</translation>
    </message>
    <message>
        <source>For list and show: print JSON instead of a table.</source>
        <translation>مع list وshow: اطبع JSON بدلاً من جدول.</translation>
    </message>
    <message>
        <source>history: expected an action (list, show, export, import, baseline, delete), got '%1'.</source>
        <translation>history: المتوقع إجراء (list أو show أو export أو import أو baseline أو delete)، والمستلَم '%1'.</translation>
    </message>
    <message>
        <source>history %1: expected %2 argument(s), got %3.</source>
        <translation>history %1: المتوقع %2 وسيط، والمستلَم %3.</translation>
    </message>
    <message>
        <source>Try 'linda-dashboard history --help'.</source>
        <translation>جرّب 'linda-dashboard history --help'.</translation>
    </message>
    <message>
        <source>The .vcf or .csv file; the format is detected from its content.</source>
        <translation>ملف .vcf أو .csv؛ تُكتشف الصيغة من محتواه.</translation>
    </message>
    <message>
        <source>ISO 3166-1 region for numbers written without a country code (default: AE).</source>
        <translation>منطقة ISO 3166-1 للأرقام المكتوبة بلا رمز دولة (الافتراضي: AE).</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <source>SQLite database to sync into (default: %1).</source>
        <translation>قاعدة بيانات SQLite التي تتم المزامنة إليها (الافتراضي: %1).</translation>
    </message>
    <message>
        <source>Print what the sync would do without changing the database.</source>
        <translation>اطبع ما ستفعله المزامنة دون تغيير قاعدة البيانات.</translation>
    </message>
    <message>
        <source>Print the report as one JSON document.</source>
        <translation>اطبع التقرير كمستند JSON واحد.</translation>
    </message>
    <message>
        <source>import-contacts: expected one FILE, got %1. Try '%2 import-contacts --help'.</source>
        <translation>import-contacts: المتوقع ملف FILE واحد، والمستلَم %1. جرّب '%2 import-contacts --help'.</translation>
    </message>
    <message>
        <source>import-contacts: --region %1 is not a region libphonenumber knows; use an ISO 3166-1 code such as AE, SA or GB.</source>
        <translation>import-contacts: المنطقة %1 في --region غير معروفة لمكتبة libphonenumber؛ استخدم رمز ISO 3166-1 مثل AE أو SA أو GB.</translation>
    </message>
    <message>
        <source>import-contacts: cannot read %1: %2</source>
        <translation>import-contacts: تعذرت قراءة %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>import-contacts: %1 has %n error(s); nothing was imported. Fix the lines above and run the import again.</source>
        <translation>
            <numerusform>import-contacts: لا توجد أخطاء في %1؛ لم يُستورد شيء. أصلح الأسطر أعلاه وأعد الاستيراد.</numerusform>
            <numerusform>import-contacts: في %1 خطأ واحد؛ لم يُستورد شيء. أصلح الأسطر أعلاه وأعد الاستيراد.</numerusform>
            <numerusform>import-contacts: في %1 خطآن؛ لم يُستورد شيء. أصلح الأسطر أعلاه وأعد الاستيراد.</numerusform>
            <numerusform>import-contacts: في %1 %n أخطاء؛ لم يُستورد شيء. أصلح الأسطر أعلاه وأعد الاستيراد.</numerusform>
            <numerusform>import-contacts: في %1 %n خطأً؛ لم يُستورد شيء. أصلح الأسطر أعلاه وأعد الاستيراد.</numerusform>
            <numerusform>import-contacts: في %1 %n خطأ؛ لم يُستورد شيء. أصلح الأسطر أعلاه وأعد الاستيراد.</numerusform>
        </translation>
    </message>
    <message>
        <source>import-contacts: cannot create a temporary folder: %1</source>
        <translation>import-contacts: تعذر إنشاء مجلد مؤقت: %1</translation>
    </message>
    <message>
        <source>import-contacts: cannot create the folder %1 for the database</source>
        <translation>import-contacts: تعذر إنشاء المجلد %1 لقاعدة البيانات</translation>
    </message>
    <message>
        <source>%1 (%2) into %3, default region %4</source>
        <translation>%1 (%2) إلى %3، المنطقة الافتراضية %4</translation>
    </message>
    <message>
        <source>line</source>
        <translation>السطر</translation>
    </message>
    <message>
        <source>action</source>
        <translation>الإجراء</translation>
    </message>
    <message>
        <source>name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>numbers (E.164)</source>
        <translation>الأرقام (E.164)</translation>
    </message>
    <message>
        <source>%1 contacts: %2 added, %3 updated, %4 unchanged, %5 duplicate, %6 invalid; %7 numbers imported, %8 rejected.</source>
        <translation>%1 جهة اتصال: أضيفت %2، وحُدّثت %3، ولم تتغير %4، ومكررة %5، وغير صالحة %6؛ استُورد %7 رقم ورُفض %8.</translation>
    </message>
    <message>
        <source>Dry run: the database was not changed.</source>
        <translation>تشغيل تجريبي: لم تتغير قاعدة البيانات.</translation>
    </message>
    <message>
        <source>import-contacts: cannot open the database: %1</source>
        <translation>import-contacts: تعذر فتح قاعدة البيانات: %1</translation>
    </message>
    <message>
        <source>import-contacts: the sync failed and no contact was changed: %1</source>
        <translation>import-contacts: فشلت المزامنة ولم تتغير أي جهة اتصال: %1</translation>
    </message>
    <message>
        <source>Parse whatsapp-web.js message objects, Cloud API webhook envelopes (one, an array, or NDJSON) or "Export chat" text files, print a summary and, with --json, one JSON object per parsed record in input order.</source>
        <translation>تحليل كائنات رسائل whatsapp-web.js أو أغلفة webhook من Cloud API (واحد أو مصفوفة أو NDJSON) أو ملفات "Export chat" النصية، وطباعة ملخص، ومع --json كائن JSON واحد لكل سجل محلَّل بترتيب الإدخال.</translation>
    </message>
    <message>
        <source>Input files; the format is detected from each file's content.</source>
        <translation>ملفات الإدخال؛ تُكتشف الصيغة من محتوى كل ملف.</translation>
    </message>
    <message>
        <source>Read every file as FORMAT: wwebjs, webhook or chat.</source>
        <translation>اقرأ كل ملف بالصيغة FORMAT: wwebjs أو webhook أو chat.</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>Print one JSON object per record on standard output; the summary then goes to standard error.</source>
        <translation>اطبع كائن JSON واحداً لكل سجل على المخرج القياسي؛ ويذهب الملخص عندئذ إلى مخرج الأخطاء القياسي.</translation>
    </message>
    <message>
        <source>replay: no FILE given. Try '%1 replay --help'.</source>
        <translation>replay: لم يُحدَّد ملف FILE. جرّب '%1 replay --help'.</translation>
    </message>
    <message>
        <source>replay: --format %1 is not a known format; use wwebjs, webhook or chat.</source>
        <translation>replay: الصيغة %1 في --format غير معروفة؛ استخدم wwebjs أو webhook أو chat.</translation>
    </message>
    <message>
        <source>replay: --region %1 is not a region libphonenumber knows; use an ISO 3166-1 code such as AE, SA or GB.</source>
        <translation>replay: المنطقة %1 في --region غير معروفة لمكتبة libphonenumber؛ استخدم رمز ISO 3166-1 مثل AE أو SA أو GB.</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>الملف فارغ</translation>
    </message>
    <message>
        <source>; %1 platform errors in the input</source>
        <translation>؛ %1 خطأ من المنصة في الإدخال</translation>
    </message>
    <message>
        <source>replay: cannot create a temporary folder for the engine's database: %1</source>
        <translation>replay: تعذر إنشاء مجلد مؤقت لقاعدة بيانات المحرك: %1</translation>
    </message>
    <message>
        <source>replay: cannot start the engine: %1</source>
        <translation>replay: تعذر تشغيل المحرك: %1</translation>
    </message>
    <message>
        <source>replay: cannot seed the demo data: %1</source>
        <translation>replay: تعذر إدخال البيانات التجريبية: %1</translation>
    </message>
    <message>
        <source>replay: cannot open %1: %2</source>
        <translation>replay: تعذر فتح %1: %2</translation>
    </message>
    <message>
        <source>%1: platform error %2: %3 (%4)</source>
        <translation>%1: خطأ المنصة %2: %3 (%4)</translation>
    </message>
    <message>
        <source>Invalid --suite '%1': use benchmark, load, memory or all.</source>
        <translation>قيمة --suite '%1' غير صالحة: استخدم benchmark أو load أو memory أو all.</translation>
    </message>
    <message>
        <source>Invalid --profile '%1': use quick, default or thorough.</source>
        <translation>قيمة --profile '%1' غير صالحة: استخدم quick أو default أو thorough.</translation>
    </message>
    <message>
        <source>Invalid --compare '%1': %2</source>
        <translation>قيمة --compare '%1' غير صالحة: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: the folder %2 does not exist.</source>
        <translation>تعذرت كتابة %1: المجلد %2 غير موجود.</translation>
    </message>
    <message>
        <source>Runs the benchmark, load and memory suites against the embedded engine.</source>
        <translation>يشغّل مجموعات اختبارات الأداء والحمل والذاكرة على المحرك المدمج.</translation>
    </message>
    <message>
        <source>Suite to run: benchmark, load, memory or all (repeatable; default all).</source>
        <translation>المجموعة المراد تشغيلها: benchmark أو load أو memory أو all (يمكن تكراره؛ الافتراضي all).</translation>
    </message>
    <message>
        <source>SUITE</source>
        <translation>SUITE</translation>
    </message>
    <message>
        <source>Run only cases whose id matches the glob PATTERN, e.g. 'bench.db.*' (repeatable).</source>
        <translation>شغّل فقط الحالات التي يطابق معرّفها نمط المطابقة PATTERN، مثلاً 'bench.db.*' (يمكن تكراره).</translation>
    </message>
    <message>
        <source>PATTERN</source>
        <translation>PATTERN</translation>
    </message>
    <message>
        <source>Fixtures folder (bundled format or a Linda test-suite folder); default: bundled.</source>
        <translation>مجلد البيانات المرجعية (الصيغة المضمّنة أو مجلد مجموعة اختبارات Linda)؛ الافتراضي: المضمّنة.</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <source>Time spent per case: quick (about 20 s in all), default (about 90 s) or thorough.</source>
        <translation>الوقت المخصص لكل حالة: quick (نحو 20 ثانية إجمالاً) أو default (نحو 90 ثانية) أو thorough.</translation>
    </message>
    <message>
        <source>PROFILE</source>
        <translation>PROFILE</translation>
    </message>
    <message>
        <source>Write the results, raw samples included, as JSON to FILE.</source>
        <translation>اكتب النتائج، بما فيها العينات الخام، بصيغة JSON إلى FILE.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Write one CSV row per case to FILE.</source>
        <translation>اكتب صف CSV واحداً لكل حالة إلى FILE.</translation>
    </message>
    <message>
        <source>Write JUnit XML, one test case per case, to FILE.</source>
        <translation>اكتب JUnit XML، حالة اختبار واحدة لكل حالة، إلى FILE.</translation>
    </message>
    <message>
        <source>Write Google Benchmark JSON (for its compare.py) to FILE.</source>
        <translation>اكتب JSON بصيغة Google Benchmark (لأداة compare.py الخاصة به) إلى FILE.</translation>
    </message>
    <message>
        <source>Write a PDF report to FILE.</source>
        <translation>اكتب تقرير PDF إلى FILE.</translation>
    </message>
    <message>
        <source>Compare with the previous run, the saved baseline or a run id.</source>
        <translation>قارن بالتشغيل السابق أو بالمرجع المحفوظ أو بمعرّف تشغيل.</translation>
    </message>
    <message>
        <source>previous|baseline|RUN_ID</source>
        <translation>previous|baseline|RUN_ID</translation>
    </message>
    <message>
        <source>Do not save this run in the history (it can still be compared).</source>
        <translation>لا تحفظ هذا التشغيل في السجل (تبقى مقارنته ممكنة).</translation>
    </message>
    <message>
        <source>p50</source>
        <translation>p50</translation>
    </message>
    <message>
        <source>throughput</source>
        <translation>الإنتاجية</translation>
    </message>
    <message>
        <source>measured vs limit</source>
        <translation>المقاس مقابل الحد</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>كُتب %1</translation>
    </message>
    <message>
        <source>Saved as run %1 in the history.</source>
        <translation>حُفظ بوصفه التشغيل %1 في السجل.</translation>
    </message>
    <message>
        <source>Warning: the run could not be saved to the history: %1</source>
        <translation>تحذير: تعذر حفظ التشغيل في السجل: %1</translation>
    </message>
    <message>
        <source>Warning: no comparison was made: %1</source>
        <translation>تحذير: لم تُجرَ أي مقارنة: %1</translation>
    </message>
    <message>
        <source>The fixtures in %1 could not be loaded:</source>
        <translation>تعذر تحميل البيانات المرجعية في %1:</translation>
    </message>
    <message>
        <source>the bundled copy</source>
        <translation>النسخة المضمّنة</translation>
    </message>
    <message>
        <source>No case id matches %1. docs/benchmarks.md lists every case id.</source>
        <translation>لا يطابق أي معرّف حالة %1. يسرد الملف docs/benchmarks.md كل معرّفات الحالات.</translation>
    </message>
    <message>
        <source>No case matches both the --suite and the --case options.</source>
        <translation>لا توجد حالة تطابق الخيارين --suite و--case معاً.</translation>
    </message>
    <message>
        <source>'run' takes no arguments, only options; found '%1'.</source>
        <translation>لا يقبل 'run' وسائط، بل خيارات فقط؛ وُجد '%1'.</translation>
    </message>
    <message>
        <source>Cancelling; finished cases are kept and written.</source>
        <translation>جارٍ الإلغاء؛ تُحفظ الحالات المنتهية وتُكتب.</translation>
    </message>
    <message>
        <source>Warning: cannot install the SIGINT / SIGTERM handler; an interrupt ends the run without writing reports.</source>
        <translation>تحذير: تعذر تثبيت معالج SIGINT / SIGTERM؛ سينهي أي مقاطعة التشغيل دون كتابة التقارير.</translation>
    </message>
    <message>
        <source>self-check: --%1 must be a whole number of at least %2, got '%3'.</source>
        <translation>self-check: يجب أن تكون قيمة --%1 عدداً صحيحاً لا يقل عن %2، والمستلَم '%3'.</translation>
    </message>
    <message>
        <source>Workload: %1, %2 per operation, %3 operations per timed batch, %4 batches per side.</source>
        <translation>عبء العمل: %1، %2 لكل عملية، %3 عملية في كل دفعة مؤقتة، %4 دفعة لكل جانب.</translation>
    </message>
    <message>
        <source>Injected cost on the B side: one extra parse every %1 operations (%2 more work); measured median slowdown %3.</source>
        <translation>التكلفة المضافة على الجانب B: تحليل إضافي كل %1 عملية (عمل إضافي %2)؛ التباطؤ المقاس في الوسيط %3.</translation>
    </message>
    <message>
        <source>Verdict: Mann-Whitney U p &lt; %1 and medians at least %2 apart.</source>
        <translation>الحكم: Mann-Whitney U p &lt; %1 وفرق الوسيطين %2 على الأقل.</translation>
    </message>
    <message>
        <source>A/A comparisons (same code on both sides):</source>
        <translation>مقارنات A/A (الشيفرة نفسها على الجانبين):</translation>
    </message>
    <message>
        <source>A/B comparisons (B with the injected cost):</source>
        <translation>مقارنات A/B (الجانب B مع التكلفة المضافة):</translation>
    </message>
    <message>
        <source>False alarms: %1 of %2 A/A comparisons (%3); target: at most 1 in 20.</source>
        <translation>الإنذارات الكاذبة: %1 من %2 مقارنة A/A (%3)؛ الهدف: 1 من 20 على الأكثر.</translation>
    </message>
    <message>
        <source>Detection power: %1 of %2 A/B comparisons flagged (%3); target: at least 19 in 20.</source>
        <translation>قوة الكشف: رُصد %1 من %2 مقارنة A/B (%3)؛ الهدف: 19 من 20 على الأقل.</translation>
    </message>
    <message>
        <source>Both targets met</source>
        <translation>تحقق الهدفان كلاهما</translation>
    </message>
    <message>
        <source>A target was missed</source>
        <translation>لم يتحقق أحد الهدفين</translation>
    </message>
    <message>
        <source> (%1 s).</source>
        <translation> (%1 ثانية).</translation>
    </message>
    <message>
        <source>Measure the regression verdict itself. A/A: the webhook envelope parser is timed twice with the same code, and any change the verdict reports is a false alarm. A/B: the second side parses one extra envelope every 1/SHARE operations, a known slowdown that the verdict should report. Exit code 1 when a target is missed: more than 1 false alarm in 20, or fewer than 19 detections in 20.</source>
        <translation>قياس حكم التراجع نفسه. A/A: يُقاس زمن محلل أغلفة webhook مرتين بالشيفرة نفسها، وأي تغيير يبلغ عنه الحكم إنذار كاذب. A/B: يحلل الجانب الثاني غلافاً إضافياً كل 1/SHARE عملية، وهو تباطؤ معروف يجب أن يبلغ عنه الحكم. رمز الخروج 1 عند عدم تحقق هدف: أكثر من إنذار كاذب واحد من 20، أو أقل من 19 كشفاً من 20.</translation>
    </message>
    <message>
        <source>A/A comparisons, and as many A/B comparisons (default 20).</source>
        <translation>مقارنات A/A، والعدد نفسه من مقارنات A/B (الافتراضي 20).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Timed batches on each side of a comparison (default 200).</source>
        <translation>الدفعات المؤقتة على كل جانب من المقارنة (الافتراضي 200).</translation>
    </message>
    <message>
        <source>Injected extra work of the B side, in percent (default 10).</source>
        <translation>العمل الإضافي المضاف على الجانب B، بالنسبة المئوية (الافتراضي 10).</translation>
    </message>
    <message>
        <source>PERCENT</source>
        <translation>PERCENT</translation>
    </message>
    <message>
        <source>Print every comparison.</source>
        <translation>اطبع كل مقارنة.</translation>
    </message>
    <message>
        <source>Print the figures as one JSON document.</source>
        <translation>اطبع الأرقام كمستند JSON واحد.</translation>
    </message>
    <message>
        <source>self-check: --slowdown is at most 100 (percent), got %1.</source>
        <translation>self-check: الحد الأقصى لـ --slowdown هو 100 (بالمئة)، والمستلَم %1.</translation>
    </message>
    <message>
        <source><byte value="xd" />comparison %1 of %2</source>
        <translation><byte value="xd" />المقارنة %1 من %2</translation>
    </message>
    <message>
        <source>
self-check: cancelled after %1 A/A and %2 A/B comparisons.</source>
        <translation>
self-check: أُلغي بعد %1 مقارنة A/A و%2 مقارنة A/B.</translation>
    </message>
    <message>
        <source>Run the embedded engine on a temporary database with the demo data under traffic and print one health line per second, plus alert state changes. Ctrl+C stops (exit code 3).</source>
        <translation>شغّل المحرك المدمج على قاعدة بيانات مؤقتة فيها البيانات التجريبية تحت حركة رسائل، واطبع سطراً صحياً واحداً كل ثانية، إضافة إلى تغيّرات حالة التنبيهات. يوقفه Ctrl+C (رمز الخروج 3).</translation>
    </message>
    <message>
        <source>Arrival-rate scenario of the fixtures: light, medium, heavy or spike (default: medium).</source>
        <translation>سيناريو معدل الوصول من البيانات المرجعية: light أو medium أو heavy أو spike (الافتراضي: medium).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Send N messages per second instead of a scenario.</source>
        <translation>أرسل N رسالة في الثانية بدلاً من سيناريو.</translation>
    </message>
    <message>
        <source>Replay a chat export, webhook or whatsapp-web.js file (JSON or NDJSON).</source>
        <translation>أعد تشغيل ملف محادثة مصدَّرة أو webhook أو whatsapp-web.js (JSON أو NDJSON).</translation>
    </message>
    <message>
        <source>Seconds to watch; one line per second (default: the scenario's duration, 10 s for --rate, until a replay ends).</source>
        <translation>مدة المراقبة بالثواني؛ سطر واحد كل ثانية (الافتراضي: مدة السيناريو، و10 ثوانٍ مع --rate، وحتى نهاية الإعادة).</translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation>SECONDS</translation>
    </message>
    <message>
        <source>Fixtures folder for the scenarios and alert limits (default: the bundled copy).</source>
        <translation>مجلد البيانات المرجعية للسيناريوهات وحدود التنبيه (الافتراضي: النسخة المضمّنة).</translation>
    </message>
    <message>
        <source>Engine worker threads, 1-256 (default: 4).</source>
        <translation>خيوط عمل المحرك، من 1 إلى 256 (الافتراضي: 4).</translation>
    </message>
    <message>
        <source>Replay speed factor: 60 plays a minute per second; 0 sends as fast as possible (default: 1).</source>
        <translation>معامل سرعة الإعادة: 60 تعيد دقيقة في كل ثانية؛ و0 ترسل بأقصى سرعة ممكنة (الافتراضي: 1).</translation>
    </message>
    <message>
        <source>X</source>
        <translation>X</translation>
    </message>
    <message>
        <source>watch: %1</source>
        <translation>watch: %1</translation>
    </message>
    <message>
        <source>give only one of --scenario, --rate and --replay.</source>
        <translation>حدّد واحداً فقط من --scenario و--rate و--replay.</translation>
    </message>
    <message>
        <source>unexpected argument '%1'.</source>
        <translation>وسيط غير متوقع '%1'.</translation>
    </message>
    <message>
        <source>--rate %1 is not a positive number of messages per second.</source>
        <translation>قيمة --rate %1 ليست عدداً موجباً من الرسائل في الثانية.</translation>
    </message>
    <message>
        <source>--duration %1 is not a positive number of seconds.</source>
        <translation>قيمة --duration %1 ليست عدداً موجباً من الثواني.</translation>
    </message>
    <message>
        <source>--workers %1 is not a whole number from 1 to 256.</source>
        <translation>قيمة --workers %1 ليست عدداً صحيحاً من 1 إلى 256.</translation>
    </message>
    <message>
        <source>--speed %1 is not a number of zero or more.</source>
        <translation>قيمة --speed %1 ليست عدداً يساوي الصفر أو أكبر.</translation>
    </message>
    <message>
        <source>--speed applies only to --replay.</source>
        <translation>ينطبق --speed على --replay فقط.</translation>
    </message>
    <message>
        <source>custom</source>
        <translation>مخصص</translation>
    </message>
    <message>
        <source>--scenario %1 is not in the fixtures; use one of %2.</source>
        <translation>السيناريو %1 في --scenario غير موجود في البيانات المرجعية؛ استخدم أحد: %2.</translation>
    </message>
    <message>
        <source>time</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <source>msgs/s</source>
        <translation>رسالة/ث</translation>
    </message>
    <message>
        <source>replies/s</source>
        <translation>رد/ث</translation>
    </message>
    <message>
        <source>p50 ms</source>
        <translation>p50 ms</translation>
    </message>
    <message>
        <source>p95 ms</source>
        <translation>p95 ms</translation>
    </message>
    <message>
        <source>p99 ms</source>
        <translation>p99 ms</translation>
    </message>
    <message>
        <source>queue</source>
        <translation>الانتظار</translation>
    </message>
    <message>
        <source>sessions</source>
        <translation>الجلسات</translation>
    </message>
    <message>
        <source>limited</source>
        <translation>مقيَّد</translation>
    </message>
    <message>
        <source>errors</source>
        <translation>الأخطاء</translation>
    </message>
    <message>
        <source>heap MB</source>
        <translation>heap MB</translation>
    </message>
    <message>
        <source>watch: the fixtures cannot be used; fix the files above or leave out --fixtures.</source>
        <translation>watch: لا يمكن استخدام البيانات المرجعية؛ أصلح الملفات أعلاه أو احذف --fixtures.</translation>
    </message>
    <message>
        <source>Interrupted; stopping the traffic and the engine.</source>
        <translation>تمت المقاطعة؛ جارٍ إيقاف حركة الرسائل والمحرك.</translation>
    </message>
    <message>
        <source>Warning: cannot install the SIGINT / SIGTERM handler; an interrupt ends the watch at once.</source>
        <translation>تحذير: تعذر تثبيت معالج SIGINT / SIGTERM؛ ستنهي أي مقاطعة المراقبة فوراً.</translation>
    </message>
    <message>
        <source>  alert %1</source>
        <translation>  تنبيه %1</translation>
    </message>
    <message>
        <source>Submitted %1 messages (%2 rejected by a full queue), %3 handled, %4 replies; largest send delay %5 ms; %6 alerts fired.</source>
        <translation>أُرسلت %1 رسالة (رفضت قائمة الانتظار الممتلئة %2)، وعولجت %3، والردود %4؛ أكبر تأخير في الإرسال %5 ms؛ أُطلق %6 تنبيه.</translation>
    </message>
    <message>
        <source>screenshot saved to %1</source>
        <translation>حُفظت لقطة الشاشة في %1</translation>
    </message>
    <message>
        <source>could not write the screenshot %1: check that the folder exists and is writable</source>
        <translation>تعذرت كتابة لقطة الشاشة %1: تحقق من وجود المجلد وإمكانية الكتابة فيه</translation>
    </message>
    <message>
        <source>longest event-loop stall during the run: %1 ms; longest GUI-thread work between two probe ticks: %2 ms (%3 ticks)</source>
        <translation>أطول توقف لحلقة الأحداث أثناء التشغيل: %1 ms؛ أطول عمل على خيط الواجهة بين نبضتي فحص: %2 ms (%3 نبضة)</translation>
    </message>
    <message>
        <source>the run could not start: %1</source>
        <translation>تعذر بدء التشغيل: %1</translation>
    </message>
    <message>
        <source>no case is checked</source>
        <translation>لم تُحدَّد أي حالة</translation>
    </message>
    <message>
        <source>Linda Dashboard: benchmark, load and memory suites and live health for the Linda bot engine.

Subcommands (each has --help):
  check-fixtures DIR   show the loaded fixtures
  replay FILE...       parse messages and replay them
  import-contacts FILE sync a vCard or CSV file
  run                  run the suites headless
  watch                print live engine health
  history              list, compare and manage runs
  self-check           measure the regression verdict</source>
        <translation>Linda Dashboard: مجموعات اختبارات الأداء والحمل والذاكرة والحالة الصحية المباشرة لمحرك بوت Linda.

الأوامر الفرعية (لكل منها --help):
  check-fixtures DIR   عرض البيانات المرجعية المحمّلة
  replay FILE...       تحليل الرسائل وإعادة تشغيلها
  import-contacts FILE مزامنة ملف vCard أو CSV
  run                  تشغيل المجموعات دون واجهة
  watch                طباعة الحالة الصحية المباشرة للمحرك
  history              عرض عمليات التشغيل ومقارنتها وإدارتها
  self-check           قياس حكم التراجع</translation>
    </message>
    <message>
        <source>Load the fixtures from DIR (bundled format or a Linda folder).</source>
        <translation>حمّل البيانات المرجعية من DIR (الصيغة المضمّنة أو مجلد Linda).</translation>
    </message>
    <message>
        <source>Start a run of the checked cases at once with PROFILE (quick, default or thorough).</source>
        <translation>ابدأ فوراً تشغيل الحالات المحددة بنمط التشغيل PROFILE (quick أو default أو thorough).</translation>
    </message>
    <message>
        <source>Save the main window as a PNG image to FILE when the run ends, or after start-up when nothing runs.</source>
        <translation>احفظ النافذة الرئيسية كصورة PNG في FILE عند انتهاء التشغيل، أو بعد بدء البرنامج إن لم يكن هناك تشغيل.</translation>
    </message>
    <message>
        <source>Quit when the run (and the screenshot) is done; the exit code is that of the run subcommand.</source>
        <translation>اخرج عند انتهاء التشغيل (ولقطة الشاشة)؛ رمز الخروج هو رمز الأمر الفرعي run.</translation>
    </message>
    <message>
        <source>invalid --run profile "%1": use quick, default or thorough</source>
        <translation>نمط التشغيل "%1" في --run غير صالح: استخدم quick أو default أو thorough</translation>
    </message>
    <message>
        <source>internal error: %1</source>
        <translation>خطأ داخلي: %1</translation>
    </message>
    <message>
        <source>wait p95</source>
        <translation>انتظار p95</translation>
    </message>
    <message>
        <source>Watching %1; engine workers: %2; temporary database with demo data. Ctrl+C stops.</source>
        <translation>مراقبة %1؛ عمال المحرك: %2؛ قاعدة بيانات مؤقتة فيها بيانات تجريبية. يوقفه Ctrl+C.</translation>
    </message>
    <message>
        <source>history: %1</source>
        <translation>history: %1</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>تحذير: %1</translation>
    </message>
    <message>
        <source>history: there is no history file %1. Check the path, or let 'linda-dashboard run' or 'history import' create one.</source>
        <translation>history: لا يوجد ملف سجلّ %1. تحقّق من المسار، أو دع 'linda-dashboard run' أو 'history import' ينشئه.</translation>
    </message>
    <message>
        <source>Sync a vCard (2.1, 3.0, 4.0) or Google Contacts CSV file into the store. Every phone number is normalized to E.164; numbers are unique in the store, so a number that is already there updates that contact. All rows are written in one transaction: a failed sync changes nothing, and a file with an error is not imported at all. Problems the reader can work around, such as a card without END:VCARD, are printed as warnings with their line, and the file is imported.</source>
        <translation>يزامن ملف vCard (2.1 أو 3.0 أو 4.0) أو ملف CSV من Google Contacts مع قاعدة البيانات. يُوحَّد كل رقم هاتف إلى صيغة E.164، والأرقام فريدة في قاعدة البيانات، لذا فإن الرقم الموجود مسبقًا يحدّث جهة الاتصال التي يخصّها. تُكتب كل الصفوف في معاملة واحدة: المزامنة الفاشلة لا تغيّر شيئًا، والملف الذي فيه خطأ لا يُستورد إطلاقًا. أما المشكلات التي يستطيع القارئ تجاوزها، مثل بطاقة بلا END:VCARD، فتُطبع كتحذيرات مع رقم السطر، ويُستورد الملف.</translation>
    </message>
    <message>
        <source>Cannot write %1: it is a folder. Name a file in it, such as %2.</source>
        <translation>تعذّرت الكتابة إلى %1: إنه مجلد. حدّد ملفًا داخله، مثل %2.</translation>
    </message>
    <message>
        <source>Cases: %1; %2 pass, %3 warn, %4 fail, %5 error, %6 cancelled, %7 not run</source>
        <translation>الحالات: %1؛ نجاح %2، تحذير %3، فشل %4، خطأ %5، ملغاة %6، لم تُشغَّل %7</translation>
    </message>
    <message>
        <source>Cannot compare with %1: %2</source>
        <translation>تعذّرت المقارنة مع %1: %2</translation>
    </message>
    <message>
        <source>--compare %1: the history %2 has no run %1; 'linda-dashboard history list' shows the runs.</source>
        <translation>--compare %1: لا يضم السجلّ %2 التشغيل %1؛ يعرض الأمر 'linda-dashboard history list' التشغيلات.</translation>
    </message>
    <message>
        <source>--compare baseline: no run of the %1 profile is marked as the baseline; mark one with 'linda-dashboard history baseline RUN_ID'.</source>
        <translation>--compare baseline: لا يوجد تشغيل بملف التشغيل %1 معلَّم كأساس؛ علّم واحدًا بالأمر 'linda-dashboard history baseline RUN_ID'.</translation>
    </message>
    <message>
        <source>Cases to run: %1; profile %2; on %3 (%4 cores, %5 build, commit %6)</source>
        <translation>الحالات المطلوب تشغيلها: %1؛ ملف التشغيل %2؛ على %3 (أنوية: %4، نوع البناء %5، الإيداع %6)</translation>
    </message>
    <message>
        <source>Interface language for this start, en or ar_AE; the Settings dialog sets the one the window starts in.</source>
        <translation>لغة الواجهة لهذا التشغيل فقط، en أو ar_AE؛ أما اللغة التي تبدأ بها النافذة فتُضبط من مربع حوار الإعدادات.</translation>
    </message>
    <message>
        <source>unknown command "%1"; the commands are check-fixtures, replay, import-contacts, run, watch, history and self-check. See --help.</source>
        <translation>أمر غير معروف "%1"؛ الأوامر هي check-fixtures وreplay وimport-contacts وrun وwatch وhistory وself-check. راجع --help.</translation>
    </message>
    <message>
        <source>--language %1: there is no translation for this language; use en (English) or ar_AE (Arabic).</source>
        <translation>--language %1: لا توجد ترجمة لهذه اللغة؛ استخدم en (الإنجليزية) أو ar_AE (العربية).</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n رسالة</numerusform>
            <numerusform>رسالة واحدة</numerusform>
            <numerusform>رسالتان</numerusform>
            <numerusform>%n رسائل</numerusform>
            <numerusform>%n رسالة</numerusform>
            <numerusform>%n رسالة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n could get a reply</source>
        <translation>
            <numerusform>%n يمكن الرد عليها</numerusform>
            <numerusform>%n يمكن الرد عليها</numerusform>
            <numerusform>%n يمكن الرد عليهما</numerusform>
            <numerusform>%n يمكن الرد عليها</numerusform>
            <numerusform>%n يمكن الرد عليها</numerusform>
            <numerusform>%n يمكن الرد عليها</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n replied</source>
        <translation>
            <numerusform>تم الرد على %n</numerusform>
            <numerusform>تم الرد على %n</numerusform>
            <numerusform>تم الرد على %n</numerusform>
            <numerusform>تم الرد على %n</numerusform>
            <numerusform>تم الرد على %n</numerusform>
            <numerusform>تم الرد على %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n system line(s)</source>
        <translation>
            <numerusform>%n سطر نظام</numerusform>
            <numerusform>سطر نظام واحد</numerusform>
            <numerusform>سطرا نظام</numerusform>
            <numerusform>%n أسطر نظام</numerusform>
            <numerusform>%n سطر نظام</numerusform>
            <numerusform>%n سطر نظام</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n delivery status(es)</source>
        <translation>
            <numerusform>%n حالة تسليم</numerusform>
            <numerusform>حالة تسليم واحدة</numerusform>
            <numerusform>حالتا تسليم</numerusform>
            <numerusform>%n حالات تسليم</numerusform>
            <numerusform>%n حالة تسليم</numerusform>
            <numerusform>%n حالة تسليم</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n خطأ</numerusform>
            <numerusform>خطأ واحد</numerusform>
            <numerusform>خطآن</numerusform>
            <numerusform>%n أخطاء</numerusform>
            <numerusform>%n خطأ</numerusform>
            <numerusform>%n خطأ</numerusform>
        </translation>
    </message>
    <message>
        <source>history import: %1 is already in the history as run %2 (same start time, profile, commit and cases). Nothing was imported.</source>
        <translation>history import: الملف %1 موجود في السجلّ بالفعل بوصفه التشغيل %2 (وقت البدء وملف التشغيل والإيداع والحالات نفسها). لم يُستورد شيء.</translation>
    </message>
</context>
<context>
    <name>linda::detail</name>
    <message>
        <source>cannot read the schema version of %1: %2</source>
        <translation>تعذرت قراءة إصدار المخطط في %1: %2</translation>
    </message>
    <message>
        <source>%1 has schema version %2, but this build reads versions up to %3; open it with a newer build of Linda</source>
        <translation>إصدار المخطط في %1 هو %2، لكن هذا البناء يقرأ الإصدارات حتى %3؛ افتحه ببناء أحدث من Linda</translation>
    </message>
    <message>
        <source>schema migration to version %1 failed: %2</source>
        <translation>فشل ترحيل المخطط إلى الإصدار %1: %2</translation>
    </message>
</context>
<context>
    <name>linda::detail::StoreConnection</name>
    <message>
        <source>the QSQLITE driver of Qt Sql is not available; install libqt6sql6-sqlite</source>
        <translation>مشغّل QSQLITE من Qt Sql غير متوفر؛ ثبّت الحزمة libqt6sql6-sqlite</translation>
    </message>
    <message>
        <source>cannot open database %1: %2</source>
        <translation>تعذر فتح قاعدة البيانات %1: %2</translation>
    </message>
    <message>
        <source>cannot prepare a statement on %1: %2</source>
        <translation>تعذر تجهيز استعلام على %1: %2</translation>
    </message>
    <message>
        <source>%1 failed on %2: %3</source>
        <translation>فشل %1 على %2: %3</translation>
    </message>
    <message>
        <source>no reason given by the SQLite driver</source>
        <translation>لم يذكر مشغّل SQLite سبباً</translation>
    </message>
</context>
<context>
    <name>linda::fixtures</name>
    <message>
        <source>Unsupported schemaVersion %1; this program reads version 1.</source>
        <translation>قيمة schemaVersion %1 غير مدعومة؛ يقرأ هذا البرنامج الإصدار 1.</translation>
    </message>
    <message>
        <source>sample inputs; the fixtures model does not use them</source>
        <translation>مدخلات نموذجية؛ لا يستخدمها نموذج البيانات المرجعية</translation>
    </message>
    <message>
        <source>overridden by %1</source>
        <translation>تجاوزته القيمة من %1</translation>
    </message>
    <message>
        <source>%1 '%2' is not in %3; the bundled value from %4 is used.</source>
        <translation>%1 '%2' غير موجود في %3؛ تُستخدم القيمة المضمّنة من %4.</translation>
    </message>
    <message>
        <source>No %1 in %2; the bundled ones from %3 are used.</source>
        <translation>لا يوجد %1 في %2؛ تُستخدم القيم المضمّنة من %3.</translation>
    </message>
    <message>
        <source>memory limit '%1' is not in %2; the bundled value from %3 is used.</source>
        <translation>حد الذاكرة '%1' غير موجود في %2؛ تُستخدم القيمة المضمّنة من %3.</translation>
    </message>
    <message>
        <source>No memory limits in %1; the bundled ones from %2 are used.</source>
        <translation>لا توجد حدود ذاكرة في %1؛ تُستخدم الحدود المضمّنة من %2.</translation>
    </message>
    <message>
        <source>thresholds</source>
        <translation>الحدود</translation>
    </message>
    <message>
        <source>performance bands</source>
        <translation>نطاقات الأداء</translation>
    </message>
    <message>
        <source>baseline operations</source>
        <translation>العمليات المرجعية</translation>
    </message>
    <message>
        <source>throughput expectations</source>
        <translation>الإنتاجية المتوقعة</translation>
    </message>
    <message>
        <source>memory expectations</source>
        <translation>الذاكرة المتوقعة</translation>
    </message>
    <message>
        <source>arrival-rate scenarios</source>
        <translation>سيناريوهات معدل الوصول</translation>
    </message>
    <message>
        <source>batch scenarios</source>
        <translation>سيناريوهات الدفعات</translation>
    </message>
    <message>
        <source>session patterns</source>
        <translation>أنماط الجلسات</translation>
    </message>
    <message>
        <source>leak scenarios</source>
        <translation>سيناريوهات التسرب</translation>
    </message>
    <message>
        <source>The fixtures folder does not exist.</source>
        <translation>مجلد البيانات المرجعية غير موجود.</translation>
    </message>
    <message>
        <source>The fixtures path is not a folder.</source>
        <translation>مسار البيانات المرجعية ليس مجلداً.</translation>
    </message>
    <message>
        <source>No fixture files found. Expected thresholds.json, baseline.json, load-scenarios.json and memory-cases.json, or a Linda suite folder (performance-thresholds.json, benchmark-baseline.json, load-scenarios.json, memory-test-cases.json), or a folder holding performance-fixtures/ or fixtures/.</source>
        <translation>لم يُعثر على ملفات بيانات مرجعية. المتوقع thresholds.json وbaseline.json وload-scenarios.json وmemory-cases.json، أو مجلد مجموعة اختبارات Linda (performance-thresholds.json وbenchmark-baseline.json وload-scenarios.json وmemory-test-cases.json)، أو مجلد يحتوي على performance-fixtures/ أو fixtures/.</translation>
    </message>
</context>
<context>
    <name>linda::fixtures_detail</name>
    <message>
        <source>'max' must not be below 'min'.</source>
        <translation>يجب ألا تكون 'max' أقل من 'min'.</translation>
    </message>
    <message>
        <source>Unknown threshold kind.</source>
        <translation>نوع حد غير معروف.</translation>
    </message>
    <message>
        <source>Each group must be an object.</source>
        <translation>يجب أن تكون كل مجموعة كائناً.</translation>
    </message>
    <message>
        <source>Each operation must be an object.</source>
        <translation>يجب أن تكون كل عملية كائناً.</translation>
    </message>
    <message>
        <source>no case measures operation '%1'</source>
        <translation>لا توجد حالة تقيس العملية '%1'</translation>
    </message>
    <message>
        <source>Cannot read the file: %1. Check that it exists and is readable.</source>
        <translation>تعذرت قراءة الملف: %1. تحقق من أنه موجود وقابل للقراءة.</translation>
    </message>
    <message>
        <source>The file is empty; it must hold one JSON object.</source>
        <translation>الملف فارغ؛ يجب أن يحتوي على كائن JSON واحد.</translation>
    </message>
    <message>
        <source>Invalid JSON at line %1, column %2: %3.</source>
        <translation>JSON غير صالح في السطر %1، العمود %2: %3.</translation>
    </message>
    <message>
        <source>The top level must be a JSON object.</source>
        <translation>يجب أن يكون المستوى الأعلى كائن JSON.</translation>
    </message>
    <message>
        <source>one limit member</source>
        <translation>عضو حد واحد</translation>
    </message>
    <message>
        <source>Threshold '%1' has more than one limit; keep one of %2.</source>
        <translation>للحد '%1' أكثر من قيمة حدية؛ أبقِ واحدة من %2.</translation>
    </message>
    <message>
        <source>Threshold '%1' has no limit member.</source>
        <translation>الحد '%1' بلا عضو حدّي.</translation>
    </message>
    <message>
        <source>range such as %1</source>
        <translation>نطاق مثل %1</translation>
    </message>
    <message>
        <source>'%1' must be a range such as %2.</source>
        <translation>يجب أن تكون '%1' نطاقاً مثل %2.</translation>
    </message>
    <message>
        <source>Each benchmark group must be an object.</source>
        <translation>يجب أن تكون كل مجموعة أداء كائناً.</translation>
    </message>
    <message>
        <source> (as '%1')</source>
        <translation> (بوصفه '%1')</translation>
    </message>
    <message>
        <source>'%1' and '%2' name the same field but disagree; keep one.</source>
        <translation>'%1' و'%2' يسميان الحقل نفسه لكنهما مختلفان؛ أبقِ أحدهما.</translation>
    </message>
    <message>
        <source>%1 does not use an expected throughput</source>
        <translation>%1 لا يستخدم إنتاجية متوقعة</translation>
    </message>
    <message>
        <source>the load cases send text messages only</source>
        <translation>حالات الحمل ترسل رسائل نصية فقط</translation>
    </message>
    <message>
        <source>Each scenario must be an object.</source>
        <translation>يجب أن يكون كل سيناريو كائناً.</translation>
    </message>
    <message>
        <source>no arrival-rate case (light, medium, heavy, spike) matches this scenario</source>
        <translation>لا تطابق أي حالة معدل وصول (light أو medium أو heavy أو spike) هذا السيناريو</translation>
    </message>
    <message>
        <source>no load case uses a scenario with these fields (%1)</source>
        <translation>لا تستخدم أي حالة حمل سيناريو بهذه الحقول (%1)</translation>
    </message>
    <message>
        <source>Each session pattern must be an object.</source>
        <translation>يجب أن يكون كل نمط جلسات كائناً.</translation>
    </message>
    <message>
        <source>'creationRate' must be "immediate" or sessions per second.</source>
        <translation>يجب أن تكون 'creationRate' إما "immediate" أو عدد الجلسات في الثانية.</translation>
    </message>
    <message>
        <source>no session pattern (rapid, gradual, sustained) matches these fields</source>
        <translation>لا يطابق أي نمط جلسات (rapid أو gradual أو sustained) هذه الحقول</translation>
    </message>
    <message>
        <source>'%1' must be given in %2.</source>
        <translation>يجب تحديد '%1' بوحدة %2.</translation>
    </message>
    <message>
        <source>no leak case counts '%1'</source>
        <translation>لا توجد حالة تسرب تعدّ '%1'</translation>
    </message>
    <message>
        <source>The leak scenario has no expected count member.</source>
        <translation>سيناريو التسرب بلا عضو للعدد المتوقع.</translation>
    </message>
    <message>
        <source>second scenario for %1; the first one is used</source>
        <translation>سيناريو ثانٍ لـ %1؛ يُستخدم الأول</translation>
    </message>
    <message>
        <source>Each leak scenario must be an object.</source>
        <translation>يجب أن يكون كل سيناريو تسرب كائناً.</translation>
    </message>
    <message>
        <source>no case uses threshold '%1'</source>
        <translation>لا توجد حالة تستخدم الحد '%1'</translation>
    </message>
    <message>
        <source>duplicate of %1 (both describe %2)</source>
        <translation>مكرر لـ %1 (كلاهما يصف %2)</translation>
    </message>
    <message>
        <source>Required member '%1' is missing.</source>
        <translation>العضو المطلوب '%1' مفقود.</translation>
    </message>
    <message>
        <source>Required member '%1' is null; give it a value.</source>
        <translation>العضو المطلوب '%1' قيمته null؛ أعطه قيمة.</translation>
    </message>
    <message>
        <source>'%1' must be a number.</source>
        <translation>يجب أن تكون '%1' رقماً.</translation>
    </message>
    <message>
        <source>'%1' must not be negative.</source>
        <translation>يجب ألا تكون '%1' سالبة.</translation>
    </message>
    <message>
        <source>'%1' must be a whole number.</source>
        <translation>يجب أن تكون '%1' عدداً صحيحاً.</translation>
    </message>
    <message>
        <source>'%1' must be a string.</source>
        <translation>يجب أن تكون '%1' نصاً.</translation>
    </message>
    <message>
        <source>'%1' must be true or false.</source>
        <translation>يجب أن تكون '%1' هي true أو false.</translation>
    </message>
    <message>
        <source>'%1' must be an object.</source>
        <translation>يجب أن تكون '%1' كائناً.</translation>
    </message>
    <message>
        <source>'%1' must be an array.</source>
        <translation>يجب أن تكون '%1' مصفوفة.</translation>
    </message>
    <message>
        <source>'%1' is too large for a size in bytes.</source>
        <translation>قيمة '%1' أكبر من أن تكون حجماً بالبايت.</translation>
    </message>
    <message>
        <source>'%1' must be a byte count or a size such as "500B", "1KB" or "2MB".</source>
        <translation>يجب أن تكون '%1' عدد بايتات أو حجماً مثل "500B" أو "1KB" أو "2MB".</translation>
    </message>
    <message>
        <source>unknown member; no case uses it</source>
        <translation>عضو غير معروف؛ لا تستخدمه أي حالة</translation>
    </message>
    <message>
        <source>Two scenarios in this file describe %1 but disagree on '%2'; remove one of them.</source>
        <translation>يصف سيناريوهان في هذا الملف %1 لكنهما يختلفان في '%2'؛ احذف أحدهما.</translation>
    </message>
    <message>
        <source>%1 %2 = %3 overridden by %4 from %5</source>
        <translation>%1 %2 = %3 تجاوزته القيمة %4 من %5</translation>
    </message>
</context>
<context>
    <name>linda::json</name>
    <message>
        <source>field '%1' must be a string, but it is %2</source>
        <translation>يجب أن يكون الحقل '%1' نصاً، لكنه %2</translation>
    </message>
    <message>
        <source>the text is not valid UTF-8</source>
        <translation>النص ليس بترميز UTF-8 صالح</translation>
    </message>
    <message>
        <source>the input is empty</source>
        <translation>الإدخال فارغ</translation>
    </message>
    <message>
        <source>invalid JSON: an object or array is not closed, or a value is malformed (truncated input?)</source>
        <translation>JSON غير صالح: كائن أو مصفوفة غير مغلقة، أو قيمة مشوهة (إدخال مقتطع؟)</translation>
    </message>
    <message>
        <source>invalid JSON: a string is not closed (truncated input?)</source>
        <translation>JSON غير صالح: نص غير مغلق (إدخال مقتطع؟)</translation>
    </message>
    <message>
        <source>invalid JSON: %1</source>
        <translation>JSON غير صالح: %1</translation>
    </message>
    <message>
        <source>field '%1' must be %2, but it is %3</source>
        <translation>يجب أن يكون الحقل '%1' %2، لكنه %3</translation>
    </message>
    <message>
        <source>the input is empty; expected a JSON object, array or NDJSON</source>
        <translation>الإدخال فارغ؛ المتوقع كائن JSON أو مصفوفة أو NDJSON</translation>
    </message>
    <message>
        <source>the document is %1 bytes, more than the limit of %2 bytes; raise the limit or split the input</source>
        <translation>حجم المستند %1 بايت، وهو أكبر من الحد البالغ %2 بايت؛ ارفع الحد أو قسّم الإدخال</translation>
    </message>
    <message>
        <source>the document is %1; expected a JSON object or an array of objects</source>
        <translation>المستند %1؛ المتوقع كائن JSON أو مصفوفة كائنات</translation>
    </message>
    <message>
        <source>element %1 is %2; expected an object</source>
        <translation>العنصر %1 هو %2؛ المتوقع كائن</translation>
    </message>
    <message>
        <source>element %1 is more than the limit of %2 bytes; raise the limit or shorten the message</source>
        <translation>العنصر %1 أكبر من الحد البالغ %2 بايت؛ ارفع الحد أو اختصر الرسالة</translation>
    </message>
    <message>
        <source>the line is %1 bytes, more than the limit of %2 bytes; raise the limit or split the input</source>
        <translation>حجم السطر %1 بايت، وهو أكبر من الحد البالغ %2 بايت؛ ارفع الحد أو قسّم الإدخال</translation>
    </message>
</context>
<context>
    <name>linda::messages</name>
    <message>
        <source>%1:%2: %3</source>
        <translation>%1:%2: %3</translation>
    </message>
    <message>
        <source>%1: byte %2: %3</source>
        <translation>%1: البايت %2: %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>linda::ui</name>
    <message>
        <source>excellent</source>
        <translation>ممتاز</translation>
    </message>
    <message>
        <source>good</source>
        <translation>جيد</translation>
    </message>
    <message>
        <source>acceptable</source>
        <translation>مقبول</translation>
    </message>
    <message>
        <source>degraded</source>
        <translation>متراجع</translation>
    </message>
    <message>
        <source>failing</source>
        <translation>فاشل</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 ops/s</source>
        <translation>%1 ops/s</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <source>messages</source>
        <translation>الرسائل</translation>
    </message>
    <message>
        <source>operation</source>
        <translation>العملية</translation>
    </message>
    <message>
        <source>ratio</source>
        <translation>النسبة</translation>
    </message>
    <message>
        <source>sessions</source>
        <translation>الجلسات</translation>
    </message>
    <message>
        <source>tasks</source>
        <translation>المهام</translation>
    </message>
    <message>
        <source>workers</source>
        <translation>العمال</translation>
    </message>
</context>
<context>
    <name>linda::ui::BenchmarksPage</name>
    <message>
        <source>Run parameters</source>
        <translation>معاملات التشغيل</translation>
    </message>
    <message>
        <source>Suites and cases</source>
        <translation>المجموعات والحالات</translation>
    </message>
</context>
<context>
    <name>linda::ui::CaseTreeModel</name>
    <message>
        <source>Case</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Last verdict</source>
        <translation>آخر نتيجة</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>لا توجد حالات</numerusform>
            <numerusform>حالة واحدة</numerusform>
            <numerusform>حالتان</numerusform>
            <numerusform>%n حالات</numerusform>
            <numerusform>%n حالة</numerusform>
            <numerusform>%n حالة</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>linda::ui::ChartView</name>
    <message>
        <source>Could not write the PNG file %1: check that the folder exists and is writable.</source>
        <translation>تعذرت كتابة ملف PNG %1: تحقق من وجود المجلد وإمكانية الكتابة فيه.</translation>
    </message>
    <message>
        <source>Could not write the SVG file %1: check that the folder exists and is writable.</source>
        <translation>تعذرت كتابة ملف SVG %1: تحقق من وجود المجلد وإمكانية الكتابة فيه.</translation>
    </message>
    <message>
        <source>Save chart as PNG…</source>
        <translation>حفظ الرسم البياني بصيغة PNG…</translation>
    </message>
    <message>
        <source>Save chart as SVG…</source>
        <translation>حفظ الرسم البياني بصيغة SVG…</translation>
    </message>
    <message>
        <source>SVG image (*.svg)</source>
        <translation>صورة SVG (*.svg)</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>صورة PNG (*.png)</translation>
    </message>
    <message>
        <source>Save chart as SVG</source>
        <translation>حفظ الرسم البياني بصيغة SVG</translation>
    </message>
    <message>
        <source>Save chart as PNG</source>
        <translation>حفظ الرسم البياني بصيغة PNG</translation>
    </message>
    <message>
        <source>Save chart</source>
        <translation>حفظ الرسم البياني</translation>
    </message>
    <message>
        <source>%1&lt;br&gt;%2</source>
        <translation>%1&lt;br&gt;%2</translation>
    </message>
</context>
<context>
    <name>linda::ui::ChartsPanel</name>
    <message>
        <source>Charts</source>
        <translation>الرسوم البيانية</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>زمن الاستجابة</translation>
    </message>
    <message>
        <source>Throughput</source>
        <translation>الإنتاجية</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>الذاكرة</translation>
    </message>
    <message>
        <source>Load</source>
        <translation>الحمل</translation>
    </message>
</context>
<context>
    <name>linda::ui::ComparisonModel</name>
    <message>
        <source>regression (%1)</source>
        <translation>تراجع (%1)</translation>
    </message>
    <message>
        <source>%1 samples before, %2 now</source>
        <translation>%1 عينة سابقاً، و%2 الآن</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Median before</source>
        <translation>الوسيط سابقاً</translation>
    </message>
    <message>
        <source>Median now</source>
        <translation>الوسيط الآن</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>التغيّر</translation>
    </message>
    <message>
        <source>p-value</source>
        <translation>قيمة p</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>النتيجة</translation>
    </message>
</context>
<context>
    <name>linda::ui::HealthChart</name>
    <message>
        <source>seconds ago</source>
        <translation>ثانية مضت</translation>
    </message>
    <message>
        <source>%1, in %2, over the last minutes; the newest sample is at 0.</source>
        <translation>%1، بوحدة %2، خلال الدقائق الأخيرة؛ أحدث عينة عند 0.</translation>
    </message>
</context>
<context>
    <name>linda::ui::HealthView</name>
    <message>
        <source>Custom rate</source>
        <translation>معدل مخصص</translation>
    </message>
    <message>
        <source>Replay a file</source>
        <translation>إعادة تشغيل ملف</translation>
    </message>
    <message>
        <source>p95 limit (%1 ms)</source>
        <translation>حد p95 (%1 ms)</translation>
    </message>
    <message>
        <source>limit (%1)</source>
        <translation>الحد (%1)</translation>
    </message>
    <message>
        <source>Messages/s</source>
        <translation>رسالة/ثانية</translation>
    </message>
    <message>
        <source>Messages the engine received in the last second, per second.</source>
        <translation>الرسائل التي استلمها المحرك في الثانية الأخيرة، لكل ثانية.</translation>
    </message>
    <message>
        <source>Replies/s</source>
        <translation>رد/ثانية</translation>
    </message>
    <message>
        <source>Replies the engine produced in the last second, per second.</source>
        <translation>الردود التي أصدرها المحرك في الثانية الأخيرة، لكل ثانية.</translation>
    </message>
    <message>
        <source>p50 latency</source>
        <translation>زمن الاستجابة p50</translation>
    </message>
    <message>
        <source>Median handling time in the last second, in milliseconds; coloured by the performance bands.</source>
        <translation>وسيط زمن المعالجة في الثانية الأخيرة بالمللي ثانية؛ ملوّن حسب نطاقات الأداء.</translation>
    </message>
    <message>
        <source>p95 latency</source>
        <translation>زمن الاستجابة p95</translation>
    </message>
    <message>
        <source>95th percentile handling time in the last second, in milliseconds; coloured by the performance bands.</source>
        <translation>المئين 95 لزمن المعالجة في الثانية الأخيرة بالمللي ثانية؛ ملوّن حسب نطاقات الأداء.</translation>
    </message>
    <message>
        <source>p99 latency</source>
        <translation>زمن الاستجابة p99</translation>
    </message>
    <message>
        <source>99th percentile handling time in the last second, in milliseconds; coloured by the performance bands.</source>
        <translation>المئين 99 لزمن المعالجة في الثانية الأخيرة بالمللي ثانية؛ ملوّن حسب نطاقات الأداء.</translation>
    </message>
    <message>
        <source>Queue depth</source>
        <translation>عمق قائمة الانتظار</translation>
    </message>
    <message>
        <source>Messages waiting for a worker, in messages; red beyond the concurrent message limit.</source>
        <translation>الرسائل التي تنتظر عاملاً، بالرسائل؛ أحمر عند تجاوز حد الرسائل المتزامنة.</translation>
    </message>
    <message>
        <source>Active sessions</source>
        <translation>الجلسات النشطة</translation>
    </message>
    <message>
        <source>Chats with an open session, in sessions.</source>
        <translation>المحادثات التي لها جلسة مفتوحة، بالجلسات.</translation>
    </message>
    <message>
        <source>Rate-limited senders</source>
        <translation>المرسلون المقيَّدون</translation>
    </message>
    <message>
        <source>Distinct senders the rate limiter held back in the last second, in senders.</source>
        <translation>المرسلون المختلفون الذين أوقفهم مقيّد المعدل في الثانية الأخيرة، بالمرسلين.</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>الأخطاء</translation>
    </message>
    <message>
        <source>Internal errors in the last second, and the total since the start.</source>
        <translation>الأخطاء الداخلية في الثانية الأخيرة، والإجمالي منذ البدء.</translation>
    </message>
    <message>
        <source>Heap</source>
        <translation>الذاكرة (heap)</translation>
    </message>
    <message>
        <source>Heap in use (glibc mallinfo2), in MB of 2^20 bytes, and its growth since the engine started; red beyond the memory peak increase limit.</source>
        <translation>ذاكرة heap المستخدمة (glibc mallinfo2) بوحدة MB تساوي 2^20 بايت، ونموها منذ بدء المحرك؛ أحمر عند تجاوز حد الزيادة القصوى للذاكرة.</translation>
    </message>
    <message>
        <source>RSS</source>
        <translation>RSS</translation>
    </message>
    <message>
        <source>Resident set size of the process, in MB of 2^20 bytes.</source>
        <translation>حجم الذاكرة المقيمة (RSS) للعملية، بوحدة MB تساوي 2^20 بايت.</translation>
    </message>
    <message>
        <source>Alerts firing</source>
        <translation>التنبيهات النشطة</translation>
    </message>
    <message>
        <source>Alert rules in the firing state; see the event log.</source>
        <translation>قواعد التنبيه في الحالة النشطة؛ راجع سجل الأحداث.</translation>
    </message>
    <message>
        <source>Throughput</source>
        <translation>الإنتاجية</translation>
    </message>
    <message>
        <source>per second</source>
        <translation>في الثانية</translation>
    </message>
    <message>
        <source>messages</source>
        <translation>الرسائل</translation>
    </message>
    <message>
        <source>replies</source>
        <translation>الردود</translation>
    </message>
    <message>
        <source>Handling latency</source>
        <translation>زمن المعالجة</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>قائمة الانتظار</translation>
    </message>
    <message>
        <source>queue depth</source>
        <translation>عمق قائمة الانتظار</translation>
    </message>
    <message>
        <source>busy workers</source>
        <translation>العمال المشغولون</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>الذاكرة</translation>
    </message>
    <message>
        <source>MB</source>
        <translation>MB</translation>
    </message>
    <message>
        <source>heap</source>
        <translation>heap</translation>
    </message>
    <message>
        <source>Engine</source>
        <translation>المحرك</translation>
    </message>
    <message>
        <source>Worker threads of the engine's queue; applies at the next start or restart.</source>
        <translation>خيوط العمل في قائمة انتظار المحرك؛ يسري التغيير عند البدء أو إعادة التشغيل التالية.</translation>
    </message>
    <message>
        <source>Limit each sender</source>
        <translation>تقييد كل مرسل</translation>
    </message>
    <message>
        <source> msg/s</source>
        <translation> رسالة/ثانية</translation>
    </message>
    <message>
        <source>Messages per second each sender may send, in messages per second.</source>
        <translation>عدد الرسائل التي يمكن لكل مرسل إرسالها في الثانية، بالرسائل في الثانية.</translation>
    </message>
    <message>
        <source>Messages a sender may send back to back before the limit applies.</source>
        <translation>عدد الرسائل التي يمكن للمرسل إرسالها متتالية قبل تطبيق الحد.</translation>
    </message>
    <message>
        <source>Workers:</source>
        <translation>العمال:</translation>
    </message>
    <message>
        <source>Rate:</source>
        <translation>المعدل:</translation>
    </message>
    <message>
        <source>Burst:</source>
        <translation>الدفعة:</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>بدء</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>إيقاف</translation>
    </message>
    <message>
        <source>Restart</source>
        <translation>إعادة التشغيل</translation>
    </message>
    <message>
        <source>Stops the engine and starts it with the settings above on a fresh database.</source>
        <translation>يوقف المحرك ويشغّله بالإعدادات أعلاه على قاعدة بيانات جديدة.</translation>
    </message>
    <message>
        <source>Reset counters</source>
        <translation>إعادة ضبط العدادات</translation>
    </message>
    <message>
        <source>Zeroes the engine's counters and latency histograms and the heap growth baseline.</source>
        <translation>يصفّر عدادات المحرك ومدرجات زمن الاستجابة وخط أساس نمو الذاكرة.</translation>
    </message>
    <message>
        <source>Traffic</source>
        <translation>حركة الرسائل</translation>
    </message>
    <message>
        <source>A load scenario of the fixtures, a custom constant rate, or a recorded file.</source>
        <translation>سيناريو حمل من البيانات المرجعية، أو معدل ثابت مخصص، أو ملف مسجل.</translation>
    </message>
    <message>
        <source>Messages per second sent to the engine, in messages per second.</source>
        <translation>الرسائل المرسلة إلى المحرك في الثانية، بالرسائل في الثانية.</translation>
    </message>
    <message>
        <source> s</source>
        <translation> ث</translation>
    </message>
    <message>
        <source>until stopped</source>
        <translation>حتى الإيقاف</translation>
    </message>
    <message>
        <source>How long the traffic runs, in seconds; 0 runs until stopped.</source>
        <translation>مدة إرسال الرسائل بالثواني؛ القيمة 0 تستمر حتى الإيقاف.</translation>
    </message>
    <message>
        <source>Chat export, webhook or whatsapp-web.js file</source>
        <translation>ملف محادثة مصدَّرة أو webhook أو whatsapp-web.js</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>استعراض…</translation>
    </message>
    <message>
        <source>×</source>
        <translation>×</translation>
    </message>
    <message>
        <source>as fast as possible</source>
        <translation>بأقصى سرعة ممكنة</translation>
    </message>
    <message>
        <source>Replay speed factor: 60 plays one recorded minute per second; 0 sends back to back.</source>
        <translation>معامل سرعة الإعادة: 60 تعيد دقيقة مسجلة في كل ثانية؛ و0 ترسل الرسائل متتالية دون انتظار.</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>المصدر:</translation>
    </message>
    <message>
        <source>Duration:</source>
        <translation>المدة:</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>الملف:</translation>
    </message>
    <message>
        <source>Speed:</source>
        <translation>السرعة:</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>إيقاف مؤقت</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>الأحداث</translation>
    </message>
    <message>
        <source>Filter by sender, chat or text</source>
        <translation>التصفية حسب المرسل أو المحادثة أو النص</translation>
    </message>
    <message>
        <source>Show %1 events</source>
        <translation>عرض أحداث %1</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>نسخ</translation>
    </message>
    <message>
        <source>Copies the selected rows, or all shown rows, as tab-separated text.</source>
        <translation>ينسخ الصفوف المحددة، أو كل الصفوف المعروضة، كنص مفصول بعلامات الجدولة.</translation>
    </message>
    <message>
        <source>Choose a file to replay first.</source>
        <translation>اختر ملفاً لإعادة تشغيله أولاً.</translation>
    </message>
    <message>
        <source>custom</source>
        <translation>مخصص</translation>
    </message>
    <message>
        <source>Chats and message files (*.txt *.json *.ndjson *.jsonl);;All files (*)</source>
        <translation>المحادثات وملفات الرسائل (*.txt *.json *.ndjson *.jsonl);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>Engine running, no traffic.</source>
        <translation>المحرك يعمل، ولا توجد حركة رسائل.</translation>
    </message>
    <message>
        <source>Engine stopped.</source>
        <translation>المحرك متوقف.</translation>
    </message>
    <message>
        <source>%1: %2 sent, %3 handled, %4 rejected; largest send delay %5 ms.</source>
        <translation>%1: أُرسلت %2، وعولجت %3، ورُفضت %4؛ أكبر تأخير في الإرسال %5 ms.</translation>
    </message>
    <message>
        <source>msg/s</source>
        <translation>رسالة/ثانية</translation>
    </message>
    <message>
        <source>%1 (total %2)</source>
        <translation>%1 (الإجمالي %2)</translation>
    </message>
    <message>
        <source>%1 (%2%3)</source>
        <translation>%1 (%2%3)</translation>
    </message>
    <message>
        <source>%1 (%2 msg/s)</source>
        <translation>%1 (%2 رسالة/ثانية)</translation>
    </message>
    <message>
        <source>p50</source>
        <translation>p50</translation>
    </message>
    <message>
        <source>p95</source>
        <translation>p95</translation>
    </message>
    <message>
        <source>p99</source>
        <translation>p99</translation>
    </message>
    <message>
        <source>alert %1</source>
        <translation>تنبيه %1</translation>
    </message>
</context>
<context>
    <name>linda::ui::HeapGrowthChart</name>
    <message>
        <source>Heap growth</source>
        <translation>نمو الذاكرة (heap)</translation>
    </message>
    <message>
        <source>heap in use after each handled message of %1 appears here</source>
        <translation>تظهر هنا ذاكرة heap المستخدمة بعد كل رسالة معالجة في %1</translation>
    </message>
    <message>
        <source>heap in use</source>
        <translation>ذاكرة heap المستخدمة</translation>
    </message>
    <message>
        <source>operations</source>
        <translation>العمليات</translation>
    </message>
    <message>
        <source>after %1 %2: %3</source>
        <translation>بعد %1 %2: %3</translation>
    </message>
    <message>
        <source>handled %1</source>
        <translation>تمت معالجة %1</translation>
    </message>
    <message>
        <source>heap in use (MB)</source>
        <translation>ذاكرة heap المستخدمة (MB)</translation>
    </message>
    <message>
        <source>allowed growth (%1 MB per 1000 operations)</source>
        <translation>النمو المسموح (%1 MB لكل 1000 عملية)</translation>
    </message>
    <message>
        <source>allowed: %1 at %2 operations (%3 MB per 1000)</source>
        <translation>المسموح: %1 عند %2 عملية (%3 MB لكل 1000)</translation>
    </message>
    <message>
        <source>peak limit (%1 MB, above the plotted range)</source>
        <translation>حد الذروة (%1 MB، أعلى من النطاق المرسوم)</translation>
    </message>
    <message>
        <source>peak limit (%1 MB)</source>
        <translation>حد الذروة (%1 MB)</translation>
    </message>
</context>
<context>
    <name>linda::ui::HistoryView</name>
    <message>
        <source>Refresh</source>
        <translation>تحديث</translation>
    </message>
    <message>
        <source>Mark as baseline</source>
        <translation>تعيين كمرجع</translation>
    </message>
    <message>
        <source>Make the selected run the baseline of its profile; 'run --compare baseline' compares with it.</source>
        <translation>اجعل التشغيل المحدد مرجعاً لنمط تشغيله؛ يقارن الأمر 'run --compare baseline' به.</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>حذف…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>تصدير…</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>استيراد…</translation>
    </message>
    <message>
        <source>Select one run to compare it with the previous run of each case, or two runs to compare them with each other.</source>
        <translation>حدد تشغيلاً واحداً لمقارنته بالتشغيل السابق لكل حالة، أو تشغيلين لمقارنتهما ببعضهما.</translation>
    </message>
    <message>
        <source>No runs in the history yet. Every run started from the Benchmarks page or with 'linda-dashboard run' is saved here; 'Import…' adds an exported run.</source>
        <translation>لا توجد عمليات تشغيل في السجل بعد. يُحفظ هنا كل تشغيل يبدأ من صفحة اختبارات الأداء أو بالأمر 'linda-dashboard run'؛ ويضيف 'استيراد…' تشغيلاً مصدَّراً.</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>المقارنة</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>الاتجاه</translation>
    </message>
    <message>
        <source>Select one or two runs to compare.</source>
        <translation>حدد تشغيلاً أو تشغيلين للمقارنة.</translation>
    </message>
    <message>
        <source>Select a run to compare it with earlier runs.</source>
        <translation>حدد تشغيلاً لمقارنته بعمليات التشغيل السابقة.</translation>
    </message>
    <message>
        <source>Run %1 against the previous run of each case (same profile).</source>
        <translation>التشغيل %1 مقابل التشغيل السابق لكل حالة (نمط التشغيل نفسه).</translation>
    </message>
    <message>
        <source>Run %1 (now) against run %2 (before).</source>
        <translation>التشغيل %1 (الآن) مقابل التشغيل %2 (سابقاً).</translation>
    </message>
    <message>
        <source>The run was not saved: %1</source>
        <translation>لم يُحفظ التشغيل: %1</translation>
    </message>
    <message>
        <source>Run %1 was cancelled, so some cases have no results; choose a completed run.</source>
        <translation>أُلغي التشغيل %1، لذا لا توجد نتائج لبعض الحالات؛ اختر تشغيلاً مكتملاً.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>تعذرت الكتابة إلى %1: %2</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>تعذرت قراءة %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a valid exported run: %2 Nothing was imported.</source>
        <translation>الملف %1 ليس تشغيلاً مصدَّراً صالحاً: %2 لم يُستورد شيء.</translation>
    </message>
    <message>
        <source>Delete runs</source>
        <translation>حذف عمليات التشغيل</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n run(s) with their case results and raw samples? This cannot be undone; export a run first to keep a copy.</source>
        <translation>
            <numerusform>لا يوجد ما يُحذف. لا يمكن التراجع عن الحذف؛ صدّر التشغيل أولاً للاحتفاظ بنسخة.</numerusform>
            <numerusform>حذف التشغيل مع نتائج حالاته وعيناته الخام؟ لا يمكن التراجع عن ذلك؛ صدّر التشغيل أولاً للاحتفاظ بنسخة.</numerusform>
            <numerusform>حذف التشغيلين مع نتائج حالاتهما وعيناتهما الخام؟ لا يمكن التراجع عن ذلك؛ صدّر التشغيل أولاً للاحتفاظ بنسخة.</numerusform>
            <numerusform>حذف %n عمليات تشغيل مع نتائج حالاتها وعيناتها الخام؟ لا يمكن التراجع عن ذلك؛ صدّر التشغيل أولاً للاحتفاظ بنسخة.</numerusform>
            <numerusform>حذف %n عملية تشغيل مع نتائج حالاتها وعيناتها الخام؟ لا يمكن التراجع عن ذلك؛ صدّر التشغيل أولاً للاحتفاظ بنسخة.</numerusform>
            <numerusform>حذف %n عملية تشغيل مع نتائج حالاتها وعيناتها الخام؟ لا يمكن التراجع عن ذلك؛ صدّر التشغيل أولاً للاحتفاظ بنسخة.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n run(s).</source>
        <translation>
            <numerusform>لم يُحذف أي تشغيل.</numerusform>
            <numerusform>حُذف تشغيل واحد.</numerusform>
            <numerusform>حُذف تشغيلان.</numerusform>
            <numerusform>حُذفت %n عمليات تشغيل.</numerusform>
            <numerusform>حُذفت %n عملية تشغيل.</numerusform>
            <numerusform>حُذفت %n عملية تشغيل.</numerusform>
        </translation>
    </message>
    <message>
        <source>Run %1 is now the baseline of its profile.</source>
        <translation>أصبح التشغيل %1 الآن مرجع نمط تشغيله.</translation>
    </message>
    <message>
        <source>Export run</source>
        <translation>تصدير التشغيل</translation>
    </message>
    <message>
        <source>linda-run-%1.json</source>
        <translation>linda-run-%1.json</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>ملفات JSON (*.json)</translation>
    </message>
    <message>
        <source>Exported run %1 to %2.</source>
        <translation>صُدّر التشغيل %1 إلى %2.</translation>
    </message>
    <message>
        <source>Import run</source>
        <translation>استيراد تشغيل</translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>ملفات JSON (*.json);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>Imported %1 as run %2.</source>
        <translation>استُورد %1 بوصفه التشغيل %2.</translation>
    </message>
    <message>
        <source>%1 is already in the history as run %2. Nothing was imported.</source>
        <translation>الملف %1 موجود في السجلّ بالفعل بوصفه التشغيل %2. لم يُستورد شيء.</translation>
    </message>
</context>
<context>
    <name>linda::ui::LatencyChart</name>
    <message>
        <source>Latency per operation</source>
        <translation>زمن الاستجابة لكل عملية</translation>
    </message>
    <message>
        <source>p50, p95, p99 and max of each latency case appear here as cases finish</source>
        <translation>تظهر هنا قيم p50 وp95 وp99 والحد الأقصى لكل حالة زمن استجابة عند انتهائها</translation>
    </message>
    <message>
        <source>p50</source>
        <translation>p50</translation>
    </message>
    <message>
        <source>p95</source>
        <translation>p95</translation>
    </message>
    <message>
        <source>p99</source>
        <translation>p99</translation>
    </message>
    <message>
        <source>max</source>
        <translation>الأقصى</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2: %3</translation>
    </message>
    <message>
        <source>p50 to max</source>
        <translation>من p50 إلى الأقصى</translation>
    </message>
    <message>
        <source>threshold</source>
        <translation>الحد</translation>
    </message>
    <message>
        <source>%1 threshold: %2</source>
        <translation>حد %1: %2</translation>
    </message>
    <message>
        <source>baseline ± tolerance</source>
        <translation>المرجع ± التسامح</translation>
    </message>
    <message>
        <source>%1 baseline: %2 to %3</source>
        <translation>مرجع %1: من %2 إلى %3</translation>
    </message>
    <message>
        <source>latency per operation (ms, log scale)</source>
        <translation>زمن الاستجابة لكل عملية (ms، مقياس لوغاريتمي)</translation>
    </message>
    <message>
        <source>latency per operation (ms)</source>
        <translation>زمن الاستجابة لكل عملية (ms)</translation>
    </message>
</context>
<context>
    <name>linda::ui::MainWindow</name>
    <message>
        <source>Linda Dashboard</source>
        <translation>Linda Dashboard</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>الصفحات</translation>
    </message>
    <message>
        <source>&amp;Benchmarks</source>
        <translation>اختبارات الأداء (&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Health</source>
        <translation>الحالة الصحية (&amp;H)</translation>
    </message>
    <message>
        <source>Hi&amp;story</source>
        <translation>السجل (&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;تشغيل</translation>
    </message>
    <message>
        <source>Run the checked cases (Ctrl+R)</source>
        <translation>شغّل الحالات المحددة (Ctrl+R)</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;إلغاء</translation>
    </message>
    <message>
        <source>Stop the run; finished cases are kept (Esc or Ctrl+.)</source>
        <translation>أوقف التشغيل؛ تُحفظ الحالات المنتهية (Esc أو Ctrl+.)</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;تصدير</translation>
    </message>
    <message>
        <source>&amp;Fixtures…</source>
        <translation>&amp;البيانات المرجعية…</translation>
    </message>
    <message>
        <source>Choose the folder with thresholds, baseline and scenarios</source>
        <translation>اختر المجلد الذي يحتوي على الحدود والمرجع والسيناريوهات</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;الإعدادات</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>تصدير</translation>
    </message>
    <message>
        <source>JSON…</source>
        <translation>JSON…</translation>
    </message>
    <message>
        <source>CSV…</source>
        <translation>CSV…</translation>
    </message>
    <message>
        <source>JUnit XML…</source>
        <translation>JUnit XML…</translation>
    </message>
    <message>
        <source>PDF report…</source>
        <translation>تقرير PDF…</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>الرئيسي</translation>
    </message>
    <message>
        <source>The PDF report writer is not part of this build.</source>
        <translation>كاتب تقارير PDF ليس جزءاً من هذا البناء.</translation>
    </message>
    <message>
        <source>Fix the fixture errors listed under Run parameters first</source>
        <translation>أصلح أولاً أخطاء البيانات المرجعية المذكورة تحت معاملات التشغيل</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>جارٍ الإلغاء…</translation>
    </message>
    <message numerus="yes">
        <source>Cancelled after %n case(s).</source>
        <translation>
            <numerusform>أُلغي قبل إنهاء أي حالة.</numerusform>
            <numerusform>أُلغي بعد حالة واحدة.</numerusform>
            <numerusform>أُلغي بعد حالتين.</numerusform>
            <numerusform>أُلغي بعد %n حالات.</numerusform>
            <numerusform>أُلغي بعد %n حالة.</numerusform>
            <numerusform>أُلغي بعد %n حالة.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Finished %n case(s), %1 failed.</source>
        <translation>
            <numerusform>لم تنتهِ أي حالة، وفشلت %1.</numerusform>
            <numerusform>انتهت حالة واحدة، وفشلت %1.</numerusform>
            <numerusform>انتهت حالتان، وفشلت %1.</numerusform>
            <numerusform>انتهت %n حالات، وفشلت %1.</numerusform>
            <numerusform>انتهت %n حالة، وفشلت %1.</numerusform>
            <numerusform>انتهت %n حالة، وفشلت %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Longest event-loop stall during the run: %1 ms</source>
        <translation>أطول توقف لحلقة الأحداث أثناء التشغيل: %1 ms</translation>
    </message>
    <message>
        <source>The run could not start.</source>
        <translation>تعذر بدء التشغيل.</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>تشغيل</translation>
    </message>
    <message>
        <source>Choose the fixtures folder</source>
        <translation>اختر مجلد البيانات المرجعية</translation>
    </message>
    <message>
        <source>Close during a run</source>
        <translation>الإغلاق أثناء التشغيل</translation>
    </message>
    <message>
        <source>A run is in progress. Cancel it and close? Finished cases are kept in the results until the window closes.</source>
        <translation>هناك تشغيل قيد التنفيذ. هل تريد إلغاءه والإغلاق؟ تبقى الحالات المنتهية في النتائج حتى تُغلق النافذة.</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>JUnit XML (*.xml)</source>
        <translation>JUnit XML (*.xml)</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>There is no finished run to export yet.</source>
        <translation>لا يوجد تشغيل منتهٍ لتصديره بعد.</translation>
    </message>
    <message>
        <source>Unknown export format "%1": use json, csv, junit or pdf.</source>
        <translation>صيغة التصدير "%1" غير معروفة: استخدم json أو csv أو junit أو pdf.</translation>
    </message>
    <message>
        <source>Export the run</source>
        <translation>تصدير التشغيل</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>صُدّر إلى %1</translation>
    </message>
    <message>
        <source>Export the last run as JSON (Ctrl+E); the arrow offers CSV, JUnit XML and a PDF report</source>
        <translation>صدّر آخر تشغيل بصيغة JSON (Ctrl+E)؛ يتيح السهم CSV وJUnit XML وتقرير PDF</translation>
    </message>
    <message>
        <source>Language and the folder the export dialogs open in</source>
        <translation>اللغة والمجلد الذي تُفتح فيه نوافذ التصدير</translation>
    </message>
    <message>
        <source>The run was not exported.
%1
Choose a folder that exists and that you may write to, then export again.</source>
        <translation>لم يُصدَّر التشغيل.
%1
اختر مجلداً موجوداً ولديك صلاحية الكتابة فيه، ثم أعد التصدير.</translation>
    </message>
    <message>
        <source>Exporting the run to %1…</source>
        <translation>جارٍ تصدير التشغيل إلى %1…</translation>
    </message>
</context>
<context>
    <name>linda::ui::PdfReport</name>
    <message>
        <source>Contents</source>
        <translation>المحتويات</translation>
    </message>
    <message>
        <source>1. Summary</source>
        <translation>1. الملخص</translation>
    </message>
    <message>
        <source>2. Results by suite</source>
        <translation>2. النتائج حسب المجموعة</translation>
    </message>
    <message>
        <source>3. Charts</source>
        <translation>3. الرسوم البيانية</translation>
    </message>
    <message>
        <source>%1. Baseline comparison</source>
        <translation>%1. المقارنة بالمرجع</translation>
    </message>
    <message>
        <source>Appendix: thresholds used</source>
        <translation>ملحق: الحدود المستخدمة</translation>
    </message>
    <message>
        <source>This run has no cases.</source>
        <translation>لا يحتوي هذا التشغيل على حالات.</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>زمن الاستجابة</translation>
    </message>
    <message>
        <source>No case of this run measured latency.</source>
        <translation>لم تقس أي حالة في هذا التشغيل زمن الاستجابة.</translation>
    </message>
    <message>
        <source>Throughput</source>
        <translation>الإنتاجية</translation>
    </message>
    <message>
        <source>No case of this run measured throughput.</source>
        <translation>لم تقس أي حالة في هذا التشغيل الإنتاجية.</translation>
    </message>
    <message>
        <source>Heap growth</source>
        <translation>نمو الذاكرة (heap)</translation>
    </message>
    <message>
        <source>No memory case of this run recorded a heap series.</source>
        <translation>لم تسجل أي حالة ذاكرة في هذا التشغيل سلسلة heap.</translation>
    </message>
    <message>
        <source>Linda Dashboard %1</source>
        <translation>Linda Dashboard %1</translation>
    </message>
    <message>
        <source>%1, commit %2</source>
        <translation>%1، الإيداع %2</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>الصفحة %1 من %2</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>تعذرت الكتابة إلى %1: %2</translation>
    </message>
    <message>
        <source>Linda Dashboard benchmark report</source>
        <translation>تقرير اختبارات أداء Linda Dashboard</translation>
    </message>
    <message>
        <source>the PDF writer could not start painting</source>
        <translation>تعذر على كاتب PDF بدء الرسم</translation>
    </message>
    <message>
        <source>limit</source>
        <translation>الحد</translation>
    </message>
    <message>
        <source>%1 (log scale)</source>
        <translation>%1 (مقياس لوغاريتمي)</translation>
    </message>
    <message>
        <source>%1 GB</source>
        <translation>%1 GB</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation>%1 KB</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 بايت</translation>
    </message>
    <message>
        <source>%1 ns</source>
        <translation>%1 ns</translation>
    </message>
    <message>
        <source>%1 µs</source>
        <translation>%1 µs</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 ث</translation>
    </message>
    <message>
        <source>%1 G</source>
        <translation>%1 G</translation>
    </message>
    <message>
        <source>%1 M</source>
        <translation>%1 M</translation>
    </message>
    <message>
        <source>%1 k</source>
        <translation>%1 k</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>≥ %1</source>
        <translation>≥ %1</translation>
    </message>
    <message>
        <source>≤ %1</source>
        <translation>≤ %1</translation>
    </message>
    <message>
        <source>not run</source>
        <translation>لم يُشغَّل</translation>
    </message>
    <message>
        <source>pass</source>
        <translation>نجاح</translation>
    </message>
    <message>
        <source>warn</source>
        <translation>تحذير</translation>
    </message>
    <message>
        <source>fail</source>
        <translation>فشل</translation>
    </message>
    <message>
        <source>error</source>
        <translation>خطأ</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>أُلغي</translation>
    </message>
    <message>
        <source>Benchmark suite</source>
        <translation>مجموعة اختبارات الأداء</translation>
    </message>
    <message>
        <source>Load suite</source>
        <translation>مجموعة اختبارات الحمل</translation>
    </message>
    <message>
        <source>Memory suite</source>
        <translation>مجموعة اختبارات الذاكرة</translation>
    </message>
    <message>
        <source>%1 ops/s</source>
        <translation>%1 ops/s</translation>
    </message>
    <message>
        <source>This run was cancelled: cases after the cancel have no figures.</source>
        <translation>أُلغي هذا التشغيل: لا توجد أرقام للحالات التي تلي الإلغاء.</translation>
    </message>
    <message>
        <source>bundled fixtures</source>
        <translation>البيانات المرجعية المضمّنة</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>تشغيل</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>البدء</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>الانتهاء</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>المدة</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>نمط التشغيل</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>الحالات</translation>
    </message>
    <message>
        <source>Engine workers</source>
        <translation>عمال المحرك</translation>
    </message>
    <message>
        <source>Fixtures</source>
        <translation>البيانات المرجعية</translation>
    </message>
    <message>
        <source>Machine and build</source>
        <translation>الجهاز والبناء</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>Cores</source>
        <translation>الأنوية</translation>
    </message>
    <message>
        <source>Operating system</source>
        <translation>نظام التشغيل</translation>
    </message>
    <message>
        <source>Compiler</source>
        <translation>المترجم</translation>
    </message>
    <message>
        <source>Build type</source>
        <translation>نوع البناء</translation>
    </message>
    <message>
        <source>Qt</source>
        <translation>Qt</translation>
    </message>
    <message>
        <source>SQLite</source>
        <translation>SQLite</translation>
    </message>
    <message>
        <source>Git commit</source>
        <translation>إيداع Git</translation>
    </message>
    <message>
        <source>Measurement noise: these conditions make the figures less reliable.</source>
        <translation>ضوضاء القياس: هذه الظروف تجعل الأرقام أقل موثوقية.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n case(s) passed.</source>
        <translation>
            <numerusform>نجحت %1 من أصل %n حالة.</numerusform>
            <numerusform>نجحت %1 من أصل حالة واحدة.</numerusform>
            <numerusform>نجحت %1 من أصل حالتين.</numerusform>
            <numerusform>نجحت %1 من أصل %n حالات.</numerusform>
            <numerusform>نجحت %1 من أصل %n حالة.</numerusform>
            <numerusform>نجحت %1 من أصل %n حالة.</numerusform>
        </translation>
    </message>
    <message>
        <source>Worst cases</source>
        <translation>أسوأ الحالات</translation>
    </message>
    <message>
        <source>Ranked by verdict, then by how close the judged figure came to its limit (100 % is at the limit).</source>
        <translation>مرتبة حسب النتيجة، ثم حسب مدى اقتراب الرقم المحكوم عليه من حده (100 % تعني بلوغ الحد).</translation>
    </message>
    <message>
        <source>No case produced a result.</source>
        <translation>لم تُنتج أي حالة نتيجة.</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <source>Measured</source>
        <translation>المقاس</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>الحد</translation>
    </message>
    <message>
        <source>Share of limit</source>
        <translation>النسبة من الحد</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <source>Regressions</source>
        <translation>التراجعات</translation>
    </message>
    <message>
        <source>p50</source>
        <translation>p50</translation>
    </message>
    <message>
        <source>p95</source>
        <translation>p95</translation>
    </message>
    <message>
        <source>p99</source>
        <translation>p99</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>الحد</translation>
    </message>
    <message>
        <source>Samples</source>
        <translation>العينات</translation>
    </message>
    <message>
        <source>Iterations</source>
        <translation>التكرارات</translation>
    </message>
    <message>
        <source>Elapsed</source>
        <translation>المنقضي</translation>
    </message>
    <message>
        <source>Min / max</source>
        <translation>الأدنى / الأقصى</translation>
    </message>
    <message>
        <source>Median (95 % CI)</source>
        <translation>الوسيط (فاصل ثقة 95 %)</translation>
    </message>
    <message>
        <source>%1 (%2 to %3)</source>
        <translation>%1 (من %2 إلى %3)</translation>
    </message>
    <message>
        <source>Mean ± std. dev.</source>
        <translation>المتوسط ± الانحراف المعياري</translation>
    </message>
    <message>
        <source>p90 / p95 / p99</source>
        <translation>p90 / p95 / p99</translation>
    </message>
    <message>
        <source>Coefficient of variation</source>
        <translation>معامل الاختلاف</translation>
    </message>
    <message>
        <source>Median absolute deviation</source>
        <translation>الانحراف المطلق عن الوسيط</translation>
    </message>
    <message>
        <source>Outliers (low / high)</source>
        <translation>القيم الشاذة (منخفضة / مرتفعة)</translation>
    </message>
    <message>
        <source>Throughput (95 % CI)</source>
        <translation>الإنتاجية (فاصل ثقة 95 %)</translation>
    </message>
    <message>
        <source>Measured / limit</source>
        <translation>المقاس / الحد</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>المرجع</translation>
    </message>
    <message>
        <source>%1 expected, tolerance %2 %, ratio %3</source>
        <translation>المتوقع %1، التسامح %2 %، النسبة %3</translation>
    </message>
    <message>
        <source>%1 suite, %2 case</source>
        <translation>مجموعة %1، حالة %2</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>خطأ: %1</translation>
    </message>
    <message>
        <source>Further figures</source>
        <translation>أرقام إضافية</translation>
    </message>
    <message>
        <source>Parameters: %1</source>
        <translation>المعاملات: %1</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>تحذيرات</translation>
    </message>
    <message>
        <source>within</source>
        <translation>ضمن المرجع</translation>
    </message>
    <message>
        <source>outside</source>
        <translation>خارج المرجع</translation>
    </message>
    <message>
        <source>+%1 %</source>
        <translation>+%1 %</translation>
    </message>
    <message>
        <source>The ratio is the measured median divided by the expected cost per operation. A ratio up to 1 + tolerance is within the baseline; being faster never counts against a case.</source>
        <translation>النسبة هي الوسيط المقاس مقسوماً على التكلفة المتوقعة لكل عملية. النسبة حتى 1 + التسامح تقع ضمن المرجع؛ والسرعة الأعلى لا تُحسب أبداً ضد الحالة.</translation>
    </message>
    <message>
        <source>No case of this run has a baseline entry.</source>
        <translation>لا توجد لأي حالة في هذا التشغيل قيمة مرجعية.</translation>
    </message>
    <message>
        <source>Baseline operation</source>
        <translation>العملية المرجعية</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>المتوقع</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>الوسيط</translation>
    </message>
    <message>
        <source>Ratio</source>
        <translation>النسبة</translation>
    </message>
    <message>
        <source>Tolerance</source>
        <translation>التسامح</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <source>(case limit)</source>
        <translation>(حد الحالة)</translation>
    </message>
    <message>
        <source>%1, tolerance %2 %</source>
        <translation>%1، التسامح %2 %</translation>
    </message>
    <message>
        <source>Fixtures: %1</source>
        <translation>البيانات المرجعية: %1</translation>
    </message>
    <message>
        <source>A latency case compares its p95 with the limit, a throughput case its median rate, a memory or correctness case its measured figure.</source>
        <translation>تقارن حالة زمن الاستجابة قيمة p95 بالحد، وحالة الإنتاجية وسيط معدلها، وحالة الذاكرة أو الصحة الرقم المقاس.</translation>
    </message>
    <message>
        <source>Service-level thresholds</source>
        <translation>حدود مستوى الخدمة</translation>
    </message>
    <message>
        <source>No case of this run was judged against a threshold.</source>
        <translation>لم يُحكم على أي حالة في هذا التشغيل مقابل حد.</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>المفتاح</translation>
    </message>
    <message>
        <source>Baseline entries</source>
        <translation>القيم المرجعية</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>العملية</translation>
    </message>
    <message>
        <source>%1 (%2 of %3)</source>
        <translation>%1 (%2 من %3)</translation>
    </message>
    <message>
        <source>limit: %1</source>
        <translation>الحد: %1</translation>
    </message>
    <message>
        <source>limit: %1 per 1000 operations</source>
        <translation>الحد: %1 لكل 1000 عملية</translation>
    </message>
    <message>
        <source>Latency per operation against each case's limit</source>
        <translation>زمن الاستجابة لكل عملية مقابل حد كل حالة</translation>
    </message>
    <message>
        <source>latency per operation</source>
        <translation>زمن الاستجابة لكل عملية</translation>
    </message>
    <message>
        <source>p50 to p95</source>
        <translation>من p50 إلى p95</translation>
    </message>
    <message>
        <source>p95 to p99</source>
        <translation>من p95 إلى p99</translation>
    </message>
    <message>
        <source>Throughput against minimum rates</source>
        <translation>الإنتاجية مقابل المعدلات الدنيا</translation>
    </message>
    <message>
        <source>operations per second</source>
        <translation>العمليات في الثانية</translation>
    </message>
    <message>
        <source>median rate</source>
        <translation>وسيط المعدل</translation>
    </message>
    <message>
        <source>95 % confidence interval</source>
        <translation>فاصل الثقة 95 %</translation>
    </message>
    <message>
        <source>Heap growth: %1</source>
        <translation>نمو الذاكرة (heap): %1</translation>
    </message>
    <message>
        <source>memory (MB)</source>
        <translation>الذاكرة (MB)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1×</source>
        <translation>%1×</translation>
    </message>
    <message>
        <source>4. Comparison with earlier runs</source>
        <translation>4. المقارنة مع التشغيلات السابقة</translation>
    </message>
    <message>
        <source>%1. Case details</source>
        <translation>%1. تفاصيل الحالات</translation>
    </message>
    <message>
        <source>&lt; %1</source>
        <translation>&lt; %1</translation>
    </message>
    <message>
        <source>regression, critical</source>
        <translation>تراجع حرج</translation>
    </message>
    <message>
        <source>regression, high</source>
        <translation>تراجع مرتفع</translation>
    </message>
    <message>
        <source>regression, medium</source>
        <translation>تراجع متوسط</translation>
    </message>
    <message>
        <source>regression</source>
        <translation>تراجع</translation>
    </message>
    <message>
        <source>improvement</source>
        <translation>تحسّن</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>دون تغيير</translation>
    </message>
    <message>
        <source>no reference</source>
        <translation>لا مرجع</translation>
    </message>
    <message>
        <source>not comparable</source>
        <translation>غير قابل للمقارنة</translation>
    </message>
    <message>
        <source>the previous run of each case with the %1 profile, but no earlier run has a usable result</source>
        <translation>التشغيل السابق لكل حالة بملف التشغيل %1، لكن لا يوجد تشغيل سابق بنتيجة صالحة</translation>
    </message>
    <message>
        <source>the previous run of each case with the %1 profile: run %2</source>
        <translation>التشغيل السابق لكل حالة بملف التشغيل %1: التشغيل %2</translation>
    </message>
    <message>
        <source>the previous run of each case with the %1 profile: runs %2</source>
        <translation>التشغيل السابق لكل حالة بملف التشغيل %1: التشغيلات %2</translation>
    </message>
    <message>
        <source>baseline run %1 of the %2 profile</source>
        <translation>تشغيل الأساس %1 لملف التشغيل %2</translation>
    </message>
    <message>
        <source>run %1</source>
        <translation>التشغيل %1</translation>
    </message>
    <message>
        <source>%1 regression(s) (%2 critical, %3 high, %4 medium), %5 improvement(s), %6 unchanged, %7 without reference, %8 not comparable.</source>
        <translation>حالات التراجع: %1 (حرجة %2، مرتفعة %3، متوسطة %4)، حالات التحسّن: %5، دون تغيير: %6، دون مرجع: %7، غير قابلة للمقارنة: %8.</translation>
    </message>
    <message>
        <source>The Mann–Whitney U test compares the raw samples of each case. A change counts when p &lt; %1 and the medians differ by at least %2 %. A regression is medium from 5 %, high from 10 % and critical from 20 % worse.</source>
        <translation>يقارن اختبار مان-ويتني U العينات الخام لكل حالة. يُحتسب التغيّر عندما تكون p &lt; %1 ويختلف الوسيطان بنسبة %2 % على الأقل. يكون التراجع متوسطًا عند تدهور بنسبة 5 %، ومرتفعًا عند 10 %، وحرجًا عند 20 %.</translation>
    </message>
    <message>
        <source>No comparison with earlier runs was made: the history has no earlier run to compare with, or the run was written without one. 'linda-dashboard run --compare previous' adds it.</source>
        <translation>لم تُجرَ مقارنة مع تشغيلات سابقة: إما أن السجلّ لا يضم تشغيلًا سابقًا للمقارنة، أو أن التشغيل كُتب دون مقارنة. يضيفها الأمر 'linda-dashboard run --compare previous'.</translation>
    </message>
    <message>
        <source>The comparison with earlier runs failed: %1</source>
        <translation>فشلت المقارنة مع التشغيلات السابقة: %1</translation>
    </message>
    <message>
        <source>Compared with %1: %2</source>
        <translation>المقارنة مع %1: %2</translation>
    </message>
    <message>
        <source>No case got measurably worse.</source>
        <translation>لم تتراجع أي حالة تراجعًا قابلًا للقياس.</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>قبل</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>الآن</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>التغيّر</translation>
    </message>
    <message>
        <source>Compared with</source>
        <translation>المقارنة مع</translation>
    </message>
    <message>
        <source>This run</source>
        <translation>هذا التشغيل</translation>
    </message>
    <message>
        <source>run %1 in the history</source>
        <translation>التشغيل %1 في السجلّ</translation>
    </message>
    <message>
        <source>not saved in the history</source>
        <translation>غير محفوظ في السجلّ</translation>
    </message>
    <message>
        <source>Against</source>
        <translation>مقابل</translation>
    </message>
    <message>
        <source>p-value</source>
        <translation>قيمة p</translation>
    </message>
</context>
<context>
    <name>linda::ui::QueueDepthChart</name>
    <message>
        <source>Queue depth over time</source>
        <translation>عمق قائمة الانتظار عبر الزمن</translation>
    </message>
    <message>
        <source>queue depth of the load cases appears here as they finish</source>
        <translation>يظهر هنا عمق قائمة الانتظار لحالات الحمل عند انتهائها</translation>
    </message>
    <message>
        <source>items</source>
        <translation>العناصر</translation>
    </message>
    <message>
        <source>%1 at %2 s: %3 %4</source>
        <translation>%1 عند %2 ث: %3 %4</translation>
    </message>
    <message>
        <source>time since the case started (s)</source>
        <translation>الوقت منذ بدء الحالة (ث)</translation>
    </message>
    <message>
        <source>queued items</source>
        <translation>العناصر في قائمة الانتظار</translation>
    </message>
</context>
<context>
    <name>linda::ui::ResultsPanel</name>
    <message>
        <source>Filter by case, suite or verdict</source>
        <translation>التصفية حسب الحالة أو المجموعة أو النتيجة</translation>
    </message>
    <message>
        <source>Results filter</source>
        <translation>تصفية النتائج</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>النتائج</translation>
    </message>
    <message>
        <source>Copy as TSV</source>
        <translation>نسخ بصيغة TSV</translation>
    </message>
</context>
<context>
    <name>linda::ui::ResultsTableModel</name>
    <message>
        <source>Case</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Suite</source>
        <translation>المجموعة</translation>
    </message>
    <message>
        <source>Samples</source>
        <translation>العينات</translation>
    </message>
    <message>
        <source>p50</source>
        <translation>p50</translation>
    </message>
    <message>
        <source>p95</source>
        <translation>p95</translation>
    </message>
    <message>
        <source>p99</source>
        <translation>p99</translation>
    </message>
    <message>
        <source>Throughput</source>
        <translation>الإنتاجية</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>الحد</translation>
    </message>
    <message>
        <source>Baseline ratio</source>
        <translation>النسبة إلى المرجع</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <source>%1×</source>
        <translation>%1×</translation>
    </message>
    <message>
        <source>queued</source>
        <translation>في الانتظار</translation>
    </message>
    <message>
        <source>running…</source>
        <translation>قيد التشغيل…</translation>
    </message>
    <message>
        <source>Measured samples: operations for latency cases, batches for throughput cases</source>
        <translation>العينات المقاسة: عمليات في حالات زمن الاستجابة، ودفعات في حالات الإنتاجية</translation>
    </message>
    <message>
        <source>Median latency per operation, in ms</source>
        <translation>وسيط زمن الاستجابة لكل عملية، بوحدة ms</translation>
    </message>
    <message>
        <source>95th percentile latency per operation, in ms</source>
        <translation>المئين 95 لزمن الاستجابة لكل عملية، بوحدة ms</translation>
    </message>
    <message>
        <source>99th percentile latency per operation, in ms</source>
        <translation>المئين 99 لزمن الاستجابة لكل عملية، بوحدة ms</translation>
    </message>
    <message>
        <source>Median operations per second</source>
        <translation>وسيط العمليات في الثانية</translation>
    </message>
    <message>
        <source>Service-level limit of the case: ≤ a maximum time or ≥ a minimum rate</source>
        <translation>حد مستوى الخدمة للحالة: ≤ زمن أقصى أو ≥ معدل أدنى</translation>
    </message>
    <message>
        <source>Median divided by the baseline's expected cost; below 1× is faster than expected</source>
        <translation>الوسيط مقسوماً على التكلفة المتوقعة في المرجع؛ ما دون 1× أسرع من المتوقع</translation>
    </message>
    <message>
        <source>Pass, warn or fail against the threshold and baseline; hover a verdict for the reason</source>
        <translation>نجاح أو تحذير أو فشل مقارنة بالحد والمرجع؛ مرّر المؤشر فوق النتيجة لمعرفة السبب</translation>
    </message>
    <message>
        <source>&lt; %1×</source>
        <translation>&lt; %1×</translation>
    </message>
</context>
<context>
    <name>linda::ui::RunListModel</name>
    <message>
        <source>cancelled</source>
        <translation>أُلغي</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>اكتمل</translation>
    </message>
    <message>
        <source>%1, imported</source>
        <translation>%1، مستورد</translation>
    </message>
    <message>
        <source>%1 pass, %2 warn, %3 fail, %4 error</source>
        <translation>نجاح %1، تحذير %2، فشل %3، خطأ %4</translation>
    </message>
    <message>
        <source>baseline</source>
        <translation>المرجع</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>تشغيل</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>البدء</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>نمط التشغيل</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>الحالات</translation>
    </message>
    <message>
        <source>Verdicts</source>
        <translation>النتائج</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>المرجع</translation>
    </message>
    <message>
        <source>Commit</source>
        <translation>الإيداع</translation>
    </message>
</context>
<context>
    <name>linda::ui::RunParametersWidget</name>
    <message>
        <source>Profile</source>
        <translation>نمط التشغيل</translation>
    </message>
    <message>
        <source>quick: a few samples per case; default: the everyday run; thorough: more repetitions for tighter confidence intervals</source>
        <translation>سريع (quick): عينات قليلة لكل حالة؛ افتراضي (default): التشغيل المعتاد؛ شامل (thorough): تكرارات أكثر لفواصل ثقة أضيق</translation>
    </message>
    <message>
        <source>Workers</source>
        <translation>العمال</translation>
    </message>
    <message>
        <source>Engine worker threads for the load cases</source>
        <translation>خيوط عمل المحرك لحالات الحمل</translation>
    </message>
    <message>
        <source> s</source>
        <translation> ث</translation>
    </message>
    <message>
        <source>profile default</source>
        <translation>الافتراضي لنمط التشغيل</translation>
    </message>
    <message>
        <source>Time per case</source>
        <translation>الوقت لكل حالة</translation>
    </message>
    <message>
        <source>Minimum measuring time per case in seconds; 0 uses the profile's time</source>
        <translation>الحد الأدنى لوقت القياس لكل حالة بالثواني؛ القيمة 0 تستخدم وقت نمط التشغيل</translation>
    </message>
    <message>
        <source>&amp;Profile:</source>
        <translation>نمط التشغيل (&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Workers:</source>
        <translation>العمال (&amp;W):</translation>
    </message>
    <message>
        <source>&amp;Time per case:</source>
        <translation>الوقت لكل حالة (&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Fixtures:</source>
        <translation>البيانات المرجعية (&amp;F):</translation>
    </message>
    <message>
        <source>bundled fixtures</source>
        <translation>البيانات المرجعية المضمّنة</translation>
    </message>
    <message>
        <source>Fixtures folder</source>
        <translation>مجلد البيانات المرجعية</translation>
    </message>
    <message>
        <source>A bundled-format folder, a Linda performance-fixtures/ or fixtures/ folder, or their parent. Empty uses the bundled fixtures.</source>
        <translation>مجلد بالصيغة المضمّنة، أو مجلد performance-fixtures/ أو fixtures/ من Linda، أو المجلد الأعلى منهما. إذا تُرك فارغاً تُستخدم البيانات المرجعية المضمّنة.</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>Choose the fixtures folder</source>
        <translation>اختر مجلد البيانات المرجعية</translation>
    </message>
    <message>
        <source>Fixtures status</source>
        <translation>حالة البيانات المرجعية</translation>
    </message>
    <message>
        <source>%1 (%2 format)</source>
        <translation>%1 (بصيغة %2)</translation>
    </message>
    <message numerus="yes">
        <source>Loaded %1: %n file(s).</source>
        <translation>
            <numerusform>حُمّل %1: لا توجد ملفات.</numerusform>
            <numerusform>حُمّل %1: ملف واحد.</numerusform>
            <numerusform>حُمّل %1: ملفان.</numerusform>
            <numerusform>حُمّل %1: %n ملفات.</numerusform>
            <numerusform>حُمّل %1: %n ملفاً.</numerusform>
            <numerusform>حُمّل %1: %n ملف.</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;The fixtures cannot be used; fix these and press Enter in the folder box to reload. Runs are blocked until then.&lt;/b&gt;&lt;ul&gt;%1&lt;/ul&gt;</source>
        <translation>&lt;b&gt;لا يمكن استخدام البيانات المرجعية؛ أصلح ما يلي ثم اضغط Enter في حقل المجلد لإعادة التحميل. التشغيل ممنوع حتى ذلك الحين.&lt;/b&gt;&lt;ul&gt;%1&lt;/ul&gt;</translation>
    </message>
</context>
<context>
    <name>linda::ui::RunProgressWidget</name>
    <message>
        <source>Ready</source>
        <translation>جاهز</translation>
    </message>
    <message>
        <source>Run progress</source>
        <translation>تقدّم التشغيل</translation>
    </message>
    <message>
        <source>%v of %m cases</source>
        <translation>%v من %m حالة</translation>
    </message>
    <message numerus="yes">
        <source>Starting %n case(s)…</source>
        <translation>
            <numerusform>لا توجد حالات للبدء…</numerusform>
            <numerusform>بدء حالة واحدة…</numerusform>
            <numerusform>بدء حالتين…</numerusform>
            <numerusform>بدء %n حالات…</numerusform>
            <numerusform>بدء %n حالة…</numerusform>
            <numerusform>بدء %n حالة…</numerusform>
        </translation>
    </message>
    <message>
        <source>Case %1 of %2: %3</source>
        <translation>الحالة %1 من %2: %3</translation>
    </message>
    <message>
        <source>estimating…</source>
        <translation>جارٍ التقدير…</translation>
    </message>
    <message>
        <source>elapsed %1, remaining %2</source>
        <translation>المنقضي %1، المتبقي %2</translation>
    </message>
    <message>
        <source>took %1</source>
        <translation>استغرق %1</translation>
    </message>
</context>
<context>
    <name>linda::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>لغة النظام</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>Export folder</source>
        <translation>مجلد التصدير</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>Choose the export folder</source>
        <translation>اختر مجلد التصدير</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>اللغة (&amp;L):</translation>
    </message>
    <message>
        <source>A new language takes effect at the next start.</source>
        <translation>تسري اللغة الجديدة عند التشغيل التالي.</translation>
    </message>
    <message>
        <source>&amp;Export folder:</source>
        <translation>مجلد التصدير (&amp;E):</translation>
    </message>
    <message>
        <source>Folder the export and chart-saving dialogs open in</source>
        <translation>المجلد الذي تُفتح فيه نوافذ التصدير وحفظ الرسوم البيانية</translation>
    </message>
</context>
<context>
    <name>linda::ui::ThroughputCasesChart</name>
    <message>
        <source>Throughput per case</source>
        <translation>الإنتاجية لكل حالة</translation>
    </message>
    <message>
        <source>the median throughput of each case appears here as cases finish</source>
        <translation>يظهر هنا وسيط الإنتاجية لكل حالة عند انتهائها</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>throughput (ops/s, log scale)</source>
        <translation>الإنتاجية (ops/s، مقياس لوغاريتمي)</translation>
    </message>
    <message>
        <source>%1 %2–%3</source>
        <translation>%1 %2–%3</translation>
    </message>
    <message>
        <source>%1 ≥ %2</source>
        <translation>%1 ≥ %2</translation>
    </message>
    <message>
        <source>median</source>
        <translation>الوسيط</translation>
    </message>
    <message>
        <source>95 % CI</source>
        <translation>فاصل الثقة 95 %</translation>
    </message>
</context>
<context>
    <name>linda::ui::ThroughputTimeChart</name>
    <message>
        <source>Throughput over the case's time</source>
        <translation>الإنتاجية خلال زمن الحالة</translation>
    </message>
    <message>
        <source>throughput</source>
        <translation>الإنتاجية</translation>
    </message>
    <message>
        <source>time since the case started (s)</source>
        <translation>الوقت منذ بدء الحالة (ث)</translation>
    </message>
    <message>
        <source>throughput (ops/s)</source>
        <translation>الإنتاجية (ops/s)</translation>
    </message>
    <message>
        <source>%1 at %2 s: %3</source>
        <translation>%1 عند %2 ث: %3</translation>
    </message>
    <message>
        <source>the running case's throughput appears here</source>
        <translation>تظهر هنا إنتاجية الحالة قيد التشغيل</translation>
    </message>
    <message>
        <source>Throughput over the case's time: %1</source>
        <translation>الإنتاجية خلال زمن الحالة: %1</translation>
    </message>
    <message>
        <source>%1 has no throughput samples</source>
        <translation>لا توجد عينات إنتاجية لـ %1</translation>
    </message>
</context>
<context>
    <name>linda::ui::TrendChart</name>
    <message>
        <source>No runs of %1 in the history</source>
        <translation>لا توجد عمليات تشغيل لـ %1 في السجل</translation>
    </message>
    <message>
        <source>median (%1)</source>
        <translation>الوسيط (%1)</translation>
    </message>
    <message>
        <source>baseline run</source>
        <translation>التشغيل المرجعي</translation>
    </message>
    <message>
        <source>5 % worse (medium)</source>
        <translation>أسوأ بنسبة 5 % (متوسط)</translation>
    </message>
    <message>
        <source>20 % worse (critical)</source>
        <translation>أسوأ بنسبة 20 % (حرج)</translation>
    </message>
    <message>
        <source>threshold</source>
        <translation>الحد</translation>
    </message>
    <message>
        <source>%1 (threshold %2 %3, far above the plotted range)</source>
        <translation>%1 (الحد %2 %3، أعلى بكثير من النطاق المرسوم)</translation>
    </message>
</context>
<context>
    <name>linda::ui::WorkerScalingChart</name>
    <message>
        <source>Worker scaling</source>
        <translation>توسّع العمال</translation>
    </message>
    <message>
        <source>items per second with 1, 2, 4 and 8 workers appear here after %1</source>
        <translation>يظهر هنا عدد العناصر في الثانية مع 1 و2 و4 و8 عمال بعد %1</translation>
    </message>
    <message>
        <source>items/s</source>
        <translation>عنصر/ثانية</translation>
    </message>
    <message>
        <source>throughput</source>
        <translation>الإنتاجية</translation>
    </message>
    <message>
        <source>measured</source>
        <translation>المقاس</translation>
    </message>
    <message>
        <source>%1 workers: %2 %3</source>
        <translation>%1 عمال: %2 %3</translation>
    </message>
    <message>
        <source>worker threads</source>
        <translation>خيوط العمل</translation>
    </message>
    <message>
        <source>throughput (%1)</source>
        <translation>الإنتاجية (%1)</translation>
    </message>
</context>
</TS>
