import type { Messages } from './en.js';
import { pluralize } from './format.js';

/** Spanish UI text (Latin American usage, "usted"), complete: typed against the English dictionary. */
export const es: Messages = {
  loading: 'Cargando el archivo de capacitaciones…',
  retry: 'Intentar de nuevo',
  catalogErrorHeading: 'No se pudo cargar el archivo de capacitaciones',
  noCatalog:
    'No hay un catálogo de capacitaciones conectado. Indique en el atributo src la dirección de catalog.json, o ' +
    'coloque este elemento dentro de <rsp-catalog src="…">.',
  refreshFailed: 'Se muestra la última versión cargada del archivo. No se pudo actualizar:',

  listLabel: 'Capacitaciones',
  searchLabel: 'Buscar capacitaciones',
  searchHint: 'Título, presentador, tema o palabras de la descripción',
  filtersLabel: 'Filtrar capacitaciones',
  selected: (count) => `${count} ${count === '1' ? 'seleccionado' : 'seleccionados'}`,
  clearAll: 'Borrar todo',
  clearFilters: 'Borrar búsqueda y filtros',
  sortLabel: 'Ordenar por',
  sortNames: {
    relevance: 'Más relevantes',
    newest: 'Más recientes',
    oldest: 'Más antiguas',
    title: 'Título (A–Z)',
    longest: 'Más largas',
    shortest: 'Más cortas',
    curated: 'Orden sugerido',
  },
  facetNames: { topic: 'Tema', audience: 'Público', format: 'Formato', year: 'Año', language: 'Idioma' },
  formatNames: { prerecorded: 'Pregrabada', 'live-online': 'En vivo en línea', 'in-person': 'Presencial' },
  showing: (from, to, total, totalText) =>
    `Mostrando ${from}–${to} de ${totalText} ${pluralize('es', total, { one: 'capacitación', other: 'capacitaciones' })}`,
  found: (count, countText) =>
    `${pluralize('es', count, { one: 'Se encontró', other: 'Se encontraron' })} ${countText} ` +
    pluralize('es', count, { one: 'capacitación', other: 'capacitaciones' }),
  noResults: 'Ninguna capacitación coincide con su búsqueda y filtros.',
  emptyCatalog: 'Todavía no hay capacitaciones en este archivo.',
  pagesLabel: 'Páginas',
  previousPage: 'Página anterior',
  nextPage: 'Página siguiente',
  page: (page) => `Página ${page}`,
  sessions: (count, countText) => `${countText} ${pluralize('es', count, { one: 'sesión', other: 'sesiones' })}`,
  presenters: 'Presentadores',
  offers: 'Incluye',
  offerNames: {
    video: 'Video',
    captions: 'Subtítulos',
    transcript: 'Transcripción',
    slides: 'Diapositivas',
    handouts: 'Materiales',
  },
  credit: (hours, hoursText, type) => `${hoursText} ${pluralize('es', hours, { one: 'hora', other: 'horas' })} de ${type}`,
  inProgress: (percent) => (percent ? `En curso ${percent}` : 'En curso'),
  completed: 'Completada',

  chooseTraining: 'Indique en el atributo training el identificador de una capacitación de este archivo.',
  unknownTraining: (id) => `No hay ninguna capacitación con el identificador "${id}" en este archivo.`,
  sessionOf: (number, total) => `Sesión ${number} de ${total}`,
  presentedBy: 'Presentado por',
  advisoryHeading: 'Antes de ver',
  advisoryContinue: 'Continuar al video',
  playerControls: 'Controles del reproductor',
  back10: 'Retroceder 10 segundos',
  speed: 'Velocidad',
  captions: 'Subtítulos',
  captionsOff: 'Desactivados',
  automaticCaptions: 'Estos subtítulos se generaron automáticamente y pueden contener errores.',
  transcript: 'Transcripción',
  chapters: 'Capítulos',
  audioDescription: 'Audiodescripción',
  previousSession: 'Sesión anterior',
  nextSession: 'Sesión siguiente',
  shortcuts: 'Atajos de teclado',
  shortcutsIntro: 'Mientras el foco está en el reproductor:',
  shortcutNames: {
    'toggle-play': 'Reproducir o pausar',
    'back-10': 'Retroceder 10 segundos',
    'forward-10': 'Avanzar 10 segundos',
    'back-5': 'Retroceder 5 segundos',
    'forward-5': 'Avanzar 5 segundos',
    fullscreen: 'Activar o salir de la pantalla completa',
    mute: 'Silenciar o activar el sonido',
    captions: 'Activar o desactivar subtítulos',
    transcript: 'Mostrar u ocultar la transcripción',
    help: 'Mostrar u ocultar esta lista',
    close: 'Cerrar el último panel abierto',
  },
  resumeQuestion: 'Ya vio parte de esta sesión.',
  resumeAt: (clock) => `Continuar en ${clock}`,
  startOver: 'Empezar de nuevo',
  transcriptUnavailable: 'Transcripción no disponible',
  chaptersUnavailable: 'Capítulos no disponibles',
  loadingText: 'Cargando…',
  searchTranscript: 'Buscar en la transcripción',
  matches: (count) =>
    count === 0 ? 'Sin coincidencias' : `${count} ${pluralize('es', count, { one: 'coincidencia', other: 'coincidencias' })}`,
  matchOf: (index, count) => `Coincidencia ${index} de ${count}`,
  previousMatch: 'Coincidencia anterior',
  nextMatch: 'Coincidencia siguiente',
  downloadTranscript: 'Descargar la transcripción (.txt)',
  mediaError: 'No se pudo reproducir este video.',
  downloadVideo: 'Descargar el video (MP4)',
  noVideo: 'Esta sesión no tiene video.',
  providerNames: { youtube: 'YouTube', vimeo: 'Vimeo' },
  playEmbed: (title, provider) => `Reproducir ${title} (carga ${provider})`,
  embedTitle: (title, provider) => `Video de ${provider}: ${title}`,

  materialsLabel: (title) => `Materiales: ${title}`,
  trainingMaterials: 'Para toda la capacitación',
  noMaterials: 'Todavía no hay materiales para esta capacitación.',
  accessiblePdf: 'PDF accesible',
  opensInNewTab: 'se abre en una pestaña nueva',
  pages: (count, countText) => `${countText} ${pluralize('es', count, { one: 'página', other: 'páginas' })}`,

  backToList: 'Volver a todas las capacitaciones',
  detailAnnouncement: (title) => `${title}: detalles de la capacitación`,
  listAnnouncement: 'Todas las capacitaciones',
  notFoundHeading: 'Capacitación no encontrada',
  notFound: (id) =>
    `No encontramos una capacitación con el identificador "${id}". Es posible que haya cambiado de nombre o que ` +
    'se haya retirado del archivo.',
  sessionsHeading: 'Sesiones',
  materialsHeading: 'Diapositivas y materiales',
  aboutHeading: 'Acerca de esta capacitación',
  topicsLabel: 'Temas',
  audiencesLabel: 'Para',
  creditsLabel: 'Educación continua',
  unknownSession: (id, number, total) =>
    total > 1
      ? `Esta capacitación no tiene ninguna sesión «${id}»; se muestra la sesión ${number} de ${total}.`
      : `Esta capacitación no tiene ninguna sesión «${id}»; se muestra su única sesión.`,

  // <rsp-training-list>, issue 14
  goToFilters: 'Ir a los filtros',
  didYouMean: (suggestion) => `¿Quiso decir ${suggestion}?`,
  detailLoadError:
    'No se puede mostrar esta capacitación: una parte del archivo no se cargó. Compruebe su conexión y vuelva a cargar la página.',

  keyNames: { space: 'Espacio', escape: 'Esc' },
  fileTypeNames: { text: 'Texto', webPage: 'Página web' },
  transcriptLanguage: 'Idioma de la transcripción',
};
